<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>DecideSuspect</name>
    <message>
        <source>Fix suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss suspect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exported %1 regions on %2 images of %3 &quot;%4&quot; to %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1 images with labels not marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing lost: %1 carries everything exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 cannot carry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label file or folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of the labels; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 regions on %3 images, %4 of them found in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images are missing: the import would fail. Choose the images folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These look like a model&apos;s predictions (every region has a confidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H-mean %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CER %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WER %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspectsPanel</name>
    <message>
        <source>Send suspect to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdPoint</name>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Quadrilateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Assign %n image(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change Box Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark 1 image a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 images duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Guideline Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle Conflict (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle 1 conflict by majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle %1 conflicts by majority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::AgreementTrendView</name>
    <message>
        <source>Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement snapshot yet. Each time the dashboard computes agreement over changed labels it keeps one (lector-cli agreement --save does too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snapshots, %2 with this figure; the dashed lines: %3 guideline versions published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::AnnotatorDialog</name>
    <message>
        <source>Who Is Labeling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New annotator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your labels, edits and time are recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::CanvasController</name>
    <message>
        <source>&amp;Copy Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag &amp;Illegible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag Don&apos;t &amp;Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Left 1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Right 1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Predictions Above Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Other Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;My Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts That Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Box&apos;s Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Text Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2. Its labels are drawn on an empty page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Prediction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::CanvasLegend</name>
    <message>
        <source>my labels (faded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>don&apos;t care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other annotators (their colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions, confidence 0 → 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside (don&apos;t care)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ChartCard</name>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG at 2× resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::DashboardPanel</name>
    <message>
        <source>Open a project to see its label noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected annotator&apos;s page to hand over: agreement, kinds of disagreement, confusions, speed, last batches, guideline rules (HTML or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback page for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst agreement first; double-click opens the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a pair to list the images both labeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a slice to list its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an annotator to list their images, worst agreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. Refresh computes the dashboard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement history was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1&apos;s feedback page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement by pair (IoU ≥ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1: all words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after each guideline change, on its slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed against agreement with the consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes per active hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement with consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes per active hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotators; α text %2, α geometry %3; %4 open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement by %1: rare cases are the noisy ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images labeled by %2 and %3, worst F1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words (guideline v%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images labeled under guideline v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images labeled by %2, worst agreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label noise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::DatasetBrowser</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeled by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeled by at least…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least number of annotators an image has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every image again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Transcriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Image List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image list (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail grid (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::DistributionPanel</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see what its data is made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one annotator&apos;s labels only (consensus regions are never counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to show its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the distribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. Press Refresh to compute the distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images, %2 labels of %3. Click a bar to show its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all annotators (consensus left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 largest of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::DriftPanel</name>
    <message>
        <source>A batch, or a range of UTC days typed as YYYY-MM-DD..YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the current side&apos;s images in the dataset browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to compare its batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a property to see both sides&apos; histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a current batch with a baseline: what moved, and whether the data set drifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 images) against %3 (%4 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; confidence of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 images measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 images left out (missing or unreadable): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; PSI at or above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (drift&apos;s current side)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::DuplicatesPanel</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected image and mark the others of its cluster duplicates of it; they leave every export (nothing is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate threshold: bits of 64 in which two images&apos; hashes may differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Duplicates hashes the images (only new ones after the first time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding duplicate images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; the images hashed so far are kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) at %1 bits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) hashed now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) skipped (missing or not decoding)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n candidate pair(s) the pixels told apart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; checking the pixels of %n more pair(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking near-duplicate pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exact: %n image(s) with the same pixels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near: %n image(s), distance %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (duplicate of image %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ExportDialog</name>
    <message>
        <source>Export Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images marked &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the images the annotator marked done (PPOCRLabel: fileState.txt then lists exactly those). Runs mark no image done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognition crops (rec_gt.txt and crop_img/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each word cut out along its quadrilateral, to train a recognizer (PPOCRLabel only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the &amp;text after the confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICDAR 2015 results of a run: the end-to-end task (4.4) reads the transcription; the text localization script (4.1) refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the images next to the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the export wrote and what the format cannot carry shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder becomes the image folder PPOCRLabel opens: the images are copied into it, with Label.txt and fileState.txt beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format and whose labels to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::FolderImportDialog</name>
    <message numerus="yes">
        <source>%1 in %2: %Ln regions on %3 images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Project from Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dropped items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln images in %2 folders (%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None: the images alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &amp;annotator&apos;s labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model &amp;run&apos;s predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-&lt;date&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the project file goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lector projects (*.lector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders passed over:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create and Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images are added without labels; nobody&apos;s labels are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every region has a confidence: these look like a model&apos;s predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These look like people&apos;s labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images found have no labels in this set and are added without.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::GuidelineDiffDialog</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines added, %2 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::GuidelineDock</name>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between the shown version and the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads write the next version with a changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

---

## Special cases from review (%1)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1** — %2, %3 (%4)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no guideline yet. A lead publishes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 by %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::GuidelineEditorDialog</name>
    <message>
        <source>Edit Guideline — Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, and which cases it settles (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slices of the data this change is about: the dashboard compares agreement on them before and after this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changelog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ImageBrowserModel</name>
    <message>
        <source>%1  ·  %2 boxes · %3 ann.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 × %3 px · batch %4 · split %5
%6 regions by %7 annotators, %8 mine · %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ImportController</name>
    <message>
        <source>New Project from Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for images and labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: choose another name, or open it and drop the folder on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dropped items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import canceled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln images from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln regions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln images that do not decode left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln already in the project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::ImportLabelsDialog</name>
    <message>
        <source>Import Labels / Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found beside the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;annotator&apos;s labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model&apos;s &amp;predictions, as the run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of an annotator new to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-&lt;date&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split (train, val, test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO results only: the ground-truth file whose images they name by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mages folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch of new images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Label Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO Ground Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label file or folder and its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the annotator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 regions on %2 images (%3 new, %4 already in the project%5) as %6 &quot;%7&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::InspectorDock</name>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 × %3 px, %4°, %5 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, guideline v%3, edited %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::LabelDocument</name>
    <message>
        <source>The edits waiting to be saved could not be kept on this workstation (%1: %2); they stay on screen until the project takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of edits waiting to be saved cannot be read (%1: %2); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits on this image are not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The edit could not be saved: %1. Your edits stay on screen and are saved in order once the store takes them (%n waiting).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your change was not saved: %1. The labels as they are now are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved: %1. The labels as they are now are shown; you had typed %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::LabelNextPanel</name>
    <message>
        <source>Include labeled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default only images no annotator has labeled are chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to choose what to label next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click opens the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images given to several annotators, so that their agreement keeps being measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal the chosen images out to the checked annotators; their queues are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each annotator&apos;s To do for me follows their queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose ranks the images by the strategy; Assign deals them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing what to label next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 candidate images%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose images first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: no queue can be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the annotators to assign the images to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 images (%2 shared): %3 (Edit ▸ Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::LiveUpdates</name>
    <message>
        <source>Live again: what changed while the connection was lost was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: other members&apos; labels, reviews, assignments and guideline versions appear as they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates paused: %1. Tried again every %2 s; your own edits are saved as before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::MainWindow</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit of an earlier session, kept on this workstation, is saved to the project now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits of an earlier session, kept on this workstation, are saved to the project now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit could not be saved to the project yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits could not be saved to the project yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept on this workstation and saved when you open the project again as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit, Keep Them Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Images from Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Server Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Images from Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Project Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Project Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-label with OCR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote Predictions to Pre-&amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-read Selected Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read &amp;All Boxes on This Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Image &amp;To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done and Go to Next To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark In &amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction &amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance &amp;Threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all predictions with a confidence of at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluation Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the Predictions panel&apos;s evaluation on the canvas: found words green, false detections red dashed, missed words orange dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;Consensus and Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Label Errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose What to Label &amp;Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Batches for Drift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lector %1&lt;/b&gt;&lt;p&gt;The labeling IDE for OCR datasets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Live updates paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotator chosen; the project was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is read-only (%1 cannot be written): you can look at it and export from it, but not edit it. Copy it somewhere writable to label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New guideline version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project labels by guideline version %1. It is open in the Guideline panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline changed: version %1 is now in force.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of my regions here are %1 %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every image is done. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline version %1 published; new labels record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering the annotators&apos; regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: %1 regions from %2 clusters; %3 conflicts: %4 settled by majority, %5 to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no images yet: File ▸ Add Images from Folder…, or drop a folder of scans here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected. %1 regions on this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regions selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last edit is not saved yet: %1. It stays on screen; Retry saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lector projects (*.lector);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lector projects (*.lector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ManualDialog</name>
    <message>
        <source>Lector Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the docs folder of Lector&apos;s sources and in /usr/share/doc/lector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::OcrController</name>
    <message>
        <source>Pre-label with OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract languages joined by &apos;+&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic page layout (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column of text (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One block of text (6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse text, no order (11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n image(s) the browser lists</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This image only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: engine, language and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then make the words my pre-labels, when their confidence is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads, one engine each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labeling with %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labeling failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labeling canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images were read before the run was canceled. Keep their words as run &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labeling canceled: %1 of %2 images kept in run %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 words on %3 images in %4 (%5 images/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n word(s) below the confidence threshold %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n image(s) could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Making the run&apos;s words pre-labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot promote the predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words became pre-labels of %2; %3 already had a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) below the threshold %1 were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo Project Step takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no model run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote Predictions to Pre-labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labels of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that overlap a label the annotator already has are skipped, so promoting twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The engine read a different text for %n box(es) that already have a text, imported or typed by a person. Replace it with the engine&apos;s?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the boxes to read again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n box(es) again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The image changed before the text was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 boxes again: %2 changed, %3 kept as a person typed them, %4 the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::PredictionPanel</name>
    <message>
        <source>The model run to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run is scored against: an annotator&apos;s labels, the consensus, or another run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greedy (ICDAR 2015)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal (Hungarian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project with a model run to see how it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst H-mean first; double-click opens the image with its found, false and missed words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters of the matched words the model read wrong, most frequent first; an empty cell is a character dropped or added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a slice to list its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model run yet: pre-label with Tools ▸ Pre-label with OCR, or import predictions (lector-cli import --predictions RUN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 against %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. Evaluate runs it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt; on %3 images: precision %4%, recall %5%, H-mean %6%; word accuracy %7%, CER %8%, WER %9%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched in file order: some detections have no confidence, so there is no average precision (the ICDAR script ranks detections by confidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No average precision: no detection of this run has a confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H-mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no confidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence of the detections (lower bound of each bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision and recall above a confidence threshold (best H-mean %1% at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across batches, in import order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1: a weak slice stands out here, not in the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words (run %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evaluated images of batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found &quot;%1&quot; (IoU %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found, read &quot;%1&quot; for &quot;%2&quot; (IoU %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false detection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside: inside a don&apos;t-care region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ProjectSession</name>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a server project you work as your database user (%1): connect as another user to switch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::RegionComparisonView</name>
    <message>
        <source>Nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: (don&apos;t care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: (no region)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::RegressionsView</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the run shown with a baseline run, slice by slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (red): the whole interval of the change is below zero. Double-click lists the slice&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one run: import or make another to compare with (Tools ▸ Pre-label, or lector-cli autolabel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2 on %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: no slice fell beyond its %3 % interval (%4 resamples of the images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2: %n slice figure(s) fell beyond the %3 % interval: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conflicts with a region in this slice (box height, aspect, rotation, text length, script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit on Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Edi&amp;ted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guideline Gap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What case does the guideline not settle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle by &amp;Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle, as one step, every open conflict that a clear majority decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Highlighted Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Previous Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Next Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: %1. Severity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 by %2 on %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Keys: N/↓ next, ⇧N/↑ previous, 1–%1 accept a version (←/→ and Enter: the highlighted one), C the consensus, S skip, G guideline gap, E focus on the canvas, T mark edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling what a clear majority decides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settled by majority, %2 need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ServerDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder it was pushed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team&apos;s project on a PostgreSQL server. Each member connects as their own database user; the password is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ShortcutRegistry</name>
    <message>
        <source>PPOCRLabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lector (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets every shortcut to the keymap&apos;s; your own bindings are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions or keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keymap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose another key, or change that action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keymap %1 applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keymap %1 applied. Its keys replaced: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::StartPage</name>
    <message>
        <source>Lector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label words on your scans: boxes, quads and their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a folder of scans, with or without labels: Lector finds the images and any label files beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .lector project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;Team&apos;s Server Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project on a PostgreSQL server that a team labels together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 generated pages with three annotators, a reference, a model run and a guideline: to try everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Empty Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file with no images yet; drop folders or files on the window to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop a folder of images, or a project file, anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    (missing: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::SuspectsPanel</name>
    <message>
        <source>Whose labels to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model run used as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the suspects in one slice of the data (the dashboard&apos;s slices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find lists the suspect labels of an annotator, worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: open · A: accept the model&apos;s version · Delete: delete · F: fix the box to the prediction · R: send to review · D: dismiss (not an error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding suspects of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled. Find runs it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suspects of %2 on %3 images (%4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision so far: no answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision so far: %1 (%2 fixed, %3 dismissed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::TranscriptionEditor</name>
    <message>
        <source>Transcription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lector::TransferController</name>
    <message>
        <source>&amp;Import Labels / Predictions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
