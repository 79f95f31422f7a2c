// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/store/edit_log.h>

#include <gtest/gtest.h>

using namespace lector;

TEST(StandingEntries, ReplaysUndoAndRedoByHand)
{
    using R = EditReason;
    // 1 add a; 2 change a; 3 change a (merged into the same undo step as 2); 4 undo of 2 (takes 2 and 3 back);
    // 5 add b; 6 redo of 2 (puts 2 and 3 back); 7 undo of 5; 8 remove a; 9 undo of 8; 10 undo of 1 (takes 1-3 back).
    const std::vector<EditStep> steps { { 1, 100, R::Edit, 0 }, { 2, 100, R::Edit, 0 }, { 3, 100, R::Edit, 0 },
        { 4, 100, R::Undo, 2 }, { 5, 200, R::Edit, 0 }, { 6, 100, R::Redo, 2 }, { 7, 200, R::Undo, 5 },
        { 8, 100, R::Edit, 0 }, { 9, 100, R::Undo, 8 }, { 10, 100, R::Undo, 1 } };
    const std::vector<char> standing = standingEntries(steps);
    EXPECT_EQ(standing, (std::vector<char> { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
    // Without the last undo, a and its two changes stand; b, the removal and every undo/redo entry do not.
    const std::vector<EditStep> before(steps.begin(), steps.end() - 1);
    EXPECT_EQ(standingEntries(before), (std::vector<char> { 1, 1, 1, 0, 0, 0, 0, 0, 0 }));
    // An undo of an entry the log no longer has takes nothing back.
    EXPECT_EQ(standingEntries({ { 5, 1, R::Edit, 0 }, { 6, 1, R::Undo, 4 } }), (std::vector<char> { 1, 0 }));
}

TEST(ImageStates, FollowTheRules)
{
    EXPECT_EQ(nextImageState(ImageState::ToDo, ImageEvent::Edited), ImageState::InProgress);
    EXPECT_EQ(nextImageState(ImageState::InProgress, ImageEvent::Edited), ImageState::InProgress);
    EXPECT_EQ(nextImageState(ImageState::Done, ImageEvent::Edited), ImageState::Done); // a late fix keeps it done
    for (ImageState s : { ImageState::ToDo, ImageState::InProgress, ImageState::Done })
        EXPECT_EQ(nextImageState(s, ImageEvent::MarkedDone), ImageState::Done);
    EXPECT_EQ(nextImageState(ImageState::Done, ImageEvent::Reopened), ImageState::InProgress);
    EXPECT_EQ(nextImageState(ImageState::ToDo, ImageEvent::Reopened), ImageState::ToDo);
}

TEST(EditReasons, RoundTripTheirNames)
{
    for (EditReason r : { EditReason::Edit, EditReason::Undo, EditReason::Redo, EditReason::Import, EditReason::Engine,
             EditReason::Settlement }) {
        EditReason back = EditReason::Edit;
        ASSERT_TRUE(parseEditReason(editReasonName(r), &back));
        EXPECT_EQ(back, r);
    }
    EditReason r = EditReason::Undo;
    EXPECT_FALSE(parseEditReason(QStringLiteral("fix"), &r));
    EXPECT_EQ(r, EditReason::Undo);
}
