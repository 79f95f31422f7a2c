// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/geometry/polygon.h>

#include <gtest/gtest.h>

using lector::BoxF;
using lector::Polygon;

TEST(Polygon, TextRoundTripIsExact)
{
    Polygon p { { { 377, 117 }, { 463.25, 117 }, { 465, 130.1 }, { 378, 1e-7 } } };
    auto back = Polygon::parse(p.toText());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, p);
    EXPECT_EQ(Polygon::fromBox({ 1, 2, 3, 4 }).toText(), "1,2,3,2,3,4,1,4");
}

TEST(Polygon, ParseRejectsMalformedText)
{
    EXPECT_FALSE(Polygon::parse("1,2,3").has_value());
    EXPECT_FALSE(Polygon::parse("1,2,3,4,5").has_value());
    EXPECT_FALSE(Polygon::parse("1,2,x,4,5,6").has_value());
    EXPECT_FALSE(Polygon::parse("1;2;3;4;5;6").has_value());
}

TEST(Polygon, AreaAndBoundingBoxOfIcdarQuad)
{
    // gt_img_5.txt: 408,409,437,436,434,461,405,433 (a rotated quad). python3-shapely:
    // Polygon([(408,409),(437,436),(434,461),(405,433)]).area == 793.0
    auto p = Polygon::fromFlat({ 408, 409, 437, 436, 434, 461, 405, 433 });
    ASSERT_TRUE(p.has_value());
    EXPECT_DOUBLE_EQ(p->area(), 793.0);
    EXPECT_EQ(p->boundingBox(), (BoxF { 405, 409, 437, 461 }));
    EXPECT_FALSE(p->isAxisAlignedBox());
    EXPECT_TRUE(Polygon::fromBox({ 0, 0, 10, 5 }).isAxisAlignedBox());
    EXPECT_DOUBLE_EQ(Polygon::fromBox({ 0, 0, 10, 5 }).area(), 50);
    // Non-integer corners whose shoelace area differs from width * height by rounding are still boxes.
    EXPECT_TRUE(Polygon::fromBox({ 0.1, 0.7, 123.3, 45.9 }).isAxisAlignedBox());
    // Counter-clockwise order is a box too; a bow-tie order of the same corners is not.
    EXPECT_TRUE((Polygon { { { 0, 0 }, { 0, 5 }, { 10, 5 }, { 10, 0 } } }).isAxisAlignedBox());
    EXPECT_FALSE((Polygon { { { 0, 0 }, { 10, 5 }, { 10, 0 }, { 0, 5 } } }).isAxisAlignedBox());
}

TEST(Polygon, InvalidWhenNotFiniteOrTooFewPoints)
{
    EXPECT_FALSE((Polygon { { { 0, 0 }, { 1, 1 } } }).isValid());
    EXPECT_FALSE((Polygon { { { 0, 0 }, { 1, 1 }, { std::nan(""), 2 } } }).isValid());
    EXPECT_TRUE((Polygon { { { 0, 0 }, { 1, 1 }, { 0, 2 } } }).isValid());
}
