<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Assign %n image(s) to %1</source>
        <translation>
            <numerusform>Assign %n image to %1</numerusform>
            <numerusform>Assign %n images to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::CanvasController</name>
    <message numerus="yes">
        <source>Accept %n Prediction(s)</source>
        <translation>
            <numerusform>Accept %n Prediction</numerusform>
            <numerusform>Accept %n Predictions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::DuplicatesPanel</name>
    <message numerus="yes">
        <source>%n cluster(s) at %1 bits</source>
        <translation>
            <numerusform>%n cluster at %1 bits</numerusform>
            <numerusform>%n clusters at %1 bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) hashed now</source>
        <translation>
            <numerusform>; %n image hashed now</numerusform>
            <numerusform>; %n images hashed now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) skipped (missing or not decoding)</source>
        <translation>
            <numerusform>; %n image skipped (missing or not decoding)</numerusform>
            <numerusform>; %n images skipped (missing or not decoding)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n candidate pair(s) the pixels told apart</source>
        <translation>
            <numerusform>; %n candidate pair the pixels told apart</numerusform>
            <numerusform>; %n candidate pairs the pixels told apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; checking the pixels of %n more pair(s)…</source>
        <translation>
            <numerusform>; checking the pixels of %n more pair…</numerusform>
            <numerusform>; checking the pixels of %n more pairs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exact: %n image(s) with the same pixels</source>
        <translation>
            <numerusform>Exact: %n image with the same pixels</numerusform>
            <numerusform>Exact: %n images with the same pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near: %n image(s), distance %1</source>
        <translation>
            <numerusform>Near: %n image, distance %1</numerusform>
            <numerusform>Near: %n images, distance %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::FolderImportDialog</name>
    <message numerus="yes">
        <source>%1 in %2: %Ln regions on %3 images</source>
        <translation>
            <numerusform>%1 in %2: %Ln region on %3 images</numerusform>
            <numerusform>%1 in %2: %Ln regions on %3 images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped items</source>
        <translation>
            <numerusform>%n dropped item</numerusform>
            <numerusform>%n dropped items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln images in %2 folders (%3)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln image in %2 folders (%3)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln images in %2 folders (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders passed over:</source>
        <translation>
            <numerusform>%n file or folder passed over:</numerusform>
            <numerusform>%n files or folders passed over:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images found have no labels in this set and are added without.</source>
        <translation>
            <numerusform>%n image found has no labels in this set and is added without.</numerusform>
            <numerusform>%n images found have no labels in this set and are added without.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::ImportController</name>
    <message numerus="yes">
        <source>%n dropped items</source>
        <translation>
            <numerusform>%n dropped item</numerusform>
            <numerusform>%n dropped items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln images from %1</source>
        <translation>
            <numerusform>Imported %Ln image from %1</numerusform>
            <numerusform>Imported %Ln images from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln regions</source>
        <translation>
            <numerusform>, %Ln region</numerusform>
            <numerusform>, %Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln images that do not decode left out</source>
        <translation>
            <numerusform>; %Ln image that does not decode left out</numerusform>
            <numerusform>; %Ln images that do not decode left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln already in the project</source>
        <translation>
            <numerusform>; %Ln already in the project</numerusform>
            <numerusform>; %Ln already in the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::LabelDocument</name>
    <message numerus="yes">
        <source>The edit could not be saved: %1. Your edits stay on screen and are saved in order once the store takes them (%n waiting).</source>
        <translation>
            <numerusform>The edit could not be saved: %1. Your edits stay on screen and are saved in order once the store takes them (%n waiting).</numerusform>
            <numerusform>The edit could not be saved: %1. Your edits stay on screen and are saved in order once the store takes them (%n waiting).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::MainWindow</name>
    <message numerus="yes">
        <source>%n of my regions here are %1 %2</source>
        <translation>
            <numerusform>%n of my regions here is %1 %2</numerusform>
            <numerusform>%n of my regions here are %1 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::OcrController</name>
    <message numerus="yes">
        <source>The %n image(s) the browser lists</source>
        <translation>
            <numerusform>The %n image the browser lists</numerusform>
            <numerusform>The %n images the browser lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n word(s) below the confidence threshold %1.</source>
        <translation>
            <numerusform> %n word below the confidence threshold %1.</numerusform>
            <numerusform> %n words below the confidence threshold %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n image(s) could not be read</source>
        <translation>
            <numerusform> %n image could not be read</numerusform>
            <numerusform> %n images could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) below the threshold %1 were left out.</source>
        <translation>
            <numerusform>%n word below the threshold %1 was left out.</numerusform>
            <numerusform>%n words below the threshold %1 were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The engine read a different text for %n box(es) that already have a text, imported or typed by a person. Replace it with the engine&apos;s?</source>
        <translation>
            <numerusform>The engine read a different text for %n box that already has a text, imported or typed by a person. Replace it with the engine&apos;s?</numerusform>
            <numerusform>The engine read a different text for %n boxes that already have a text, imported or typed by a person. Replace it with the engine&apos;s?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n box(es) again</source>
        <translation>
            <numerusform>Reading %n box again</numerusform>
            <numerusform>Reading %n boxes again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::RegressionsView</name>
    <message numerus="yes">
        <source>%1 against %2: %n slice figure(s) fell beyond the %3 % interval: %4.</source>
        <translation>
            <numerusform>%1 against %2: %n slice figure fell beyond the %3 % interval: %4.</numerusform>
            <numerusform>%1 against %2: %n slice figures fell beyond the %3 % interval: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::ReviewPanel</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n conflict(s)</source>
        <translation>
            <numerusform>%1 — %n conflict</numerusform>
            <numerusform>%1 — %n conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
