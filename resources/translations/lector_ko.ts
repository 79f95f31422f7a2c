<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>--iou takes a number in (0, 1]</source>
        <translation>--iou에는 (0, 1] 범위의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>lector-cli: saved agreement snapshot %1</source>
        <translation>lector-cli: 일치도 스냅샷 %1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>lector-cli: the labels have not changed since agreement snapshot %1; not saved again</source>
        <translation>lector-cli: 일치도 스냅샷 %1 이후 라벨이 변경되지 않았으므로 다시 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 images labeled by two or more annotators, IoU threshold %2
alpha (text) %3, alpha (geometry) %4

</source>
        <translation>두 명 이상의 작업자가 라벨링한 이미지 %1개, IoU 임계값 %2
텍스트 α %3, 형상 α %4

</translation>
    </message>
    <message>
        <source>pair a / b</source>
        <translation>쌍 a / b</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>매칭</translation>
    </message>
    <message>
        <source>prec</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>
recall: share of a&apos;s regions matched; precision: share of b&apos;s; CER: edit distance over the mean length of the two transcriptions (neither is the reference)
</source>
        <translation>
재현율: 매칭된 a 영역의 비율; 정밀도: 매칭된 b 영역의 비율; CER: 두 전사 텍스트의 평균 길이 대비 편집 거리 (어느 쪽도 정답으로 보지 않음)
</translation>
    </message>
    <message>
        <source>Inter-annotator agreement: matching per annotator pair, Krippendorff&apos;s alpha, Fleiss&apos; kappa, by image, slice and guideline version.</source>
        <translation>작업자 간 일치도: 작업자 쌍별 매칭, Krippendorff의 알파, Fleiss의 카파를 이미지, 슬라이스, 가이드 버전별로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Keep the report in the project&apos;s agreement history (see the history verb); not again when the labels, IoU, annotators and guideline version are unchanged.</source>
        <translation>보고서를 프로젝트의 일치도 기록에 보관합니다 (history 명령 참고). 라벨, IoU, 작업자, 가이드 버전이 바뀌지 않았으면 다시 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>IoU at which two regions can match (default 0.5).</source>
        <translation>두 영역이 매칭될 수 있는 IoU (기본값 0.5).</translation>
    </message>
    <message>
        <source>Annotators to leave out (comma separated; default: reference,consensus; &apos;&apos; leaves nobody out). Leaving out consensus also leaves out consensus regions written under another name.</source>
        <translation>제외할 작업자 (쉼표로 구분; 기본값: reference,consensus; &apos;&apos;를 지정하면 아무도 제외하지 않음). consensus를 제외하면 다른 이름으로 기록된 합의안 영역도 제외됩니다.</translation>
    </message>
    <message>
        <source>Annotators to keep although excluded by default or by --exclude (comma separated; e.g. consensus, to see each annotator&apos;s agreement with it).</source>
        <translation>기본값이나 --exclude로 제외되더라도 포함할 작업자 (쉼표로 구분; 예: 각 작업자와 합의안의 일치도를 보려면 consensus).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1에는 %2부터 %3까지의 정수를 지정하십시오</translation>
    </message>
    <message>
        <source>--upscale takes auto or a factor from 1 to %1</source>
        <translation>--upscale에는 auto 또는 1부터 %1까지의 배율을 지정하십시오</translation>
    </message>
    <message>
        <source>--binarize takes none, otsu or adaptive</source>
        <translation>--binarize에는 none, otsu 또는 adaptive를 지정하십시오</translation>
    </message>
    <message>
        <source>--min-confidence takes a number from 0 to 1</source>
        <translation>--min-confidence에는 0에서 1 사이의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>the project has no images in batch &quot;%1&quot;</source>
        <translation>프로젝트의 배치 &quot;%1&quot;에 이미지가 없습니다</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>인식 중</translation>
    </message>
    <message>
        <source>skipped: </source>
        <translation>건너뜀: </translation>
    </message>
    <message>
        <source>run %1: %2 images read, %3 words in %4 s (%5 images/s)%6
</source>
        <translation>실행 %1: 이미지 %2개 인식, 단어 %3개, %4초 (초당 이미지 %5개)%6
</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1개 건너뜀</translation>
    </message>
    <message>
        <source>%1 words below the confidence threshold %2 (in the run; `lector-cli promote --min-confidence 0` adds them as pre-labels)
</source>
        <translation>신뢰도 임계값 %2 미만 단어 %1개 (실행에는 포함됨. `lector-cli promote --min-confidence 0`으로 사전 라벨에 추가할 수 있음)
</translation>
    </message>
    <message>
        <source>promoted %1 words to %2&apos;s pre-labels (%3 duplicates, %4 below the confidence threshold skipped)
</source>
        <translation>단어 %1개를 %2의 사전 라벨로 전환했습니다 (중복 %3개, 신뢰도 임계값 미만 %4개 건너뜀)
</translation>
    </message>
    <message>
        <source>Pre-label images with an OCR engine (Tesseract): one model run of word predictions, each image written whole; --promote turns them into an annotator&apos;s pre-labels.</source>
        <translation>OCR 엔진(Tesseract)으로 이미지를 사전 라벨링합니다: 단어 예측을 모델 실행 하나로 만들고 이미지마다 한 번에 기록합니다. --promote는 예측을 작업자의 사전 라벨로 전환합니다.</translation>
    </message>
    <message>
        <source>OCR engine (default tesseract).</source>
        <translation>OCR 엔진입니다 (기본값 tesseract).</translation>
    </message>
    <message>
        <source>Languages joined by + (default eng), e.g. eng+kor.</source>
        <translation>+로 연결한 언어입니다 (기본값 eng). 예: eng+kor.</translation>
    </message>
    <message>
        <source>Tesseract page segmentation mode (default 4, one column: the best measured, docs/ocr.md).</source>
        <translation>Tesseract 페이지 분할 모드입니다 (기본값 4, 단일 열: 측정 결과 가장 좋음, docs/ocr.md).</translation>
    </message>
    <message>
        <source>Scale pages up before reading: auto (small text to 20 px glyphs, the default) or a factor from 1 to 4.</source>
        <translation>인식 전에 페이지를 확대합니다: auto (작은 글자를 20 px 글리프로 확대, 기본값) 또는 1부터 4까지의 배율.</translation>
    </message>
    <message>
        <source>Threshold pages before reading: none (default), otsu or adaptive.</source>
        <translation>인식 전에 페이지를 이진화합니다: none (기본값), otsu 또는 adaptive.</translation>
    </message>
    <message>
        <source>Folder of the .traineddata files (default $TESSDATA_PREFIX, else /usr/share/tesseract-ocr/5/tessdata).</source>
        <translation>.traineddata 파일이 있는 폴더입니다 (기본값 $TESSDATA_PREFIX, 없으면 /usr/share/tesseract-ocr/5/tessdata).</translation>
    </message>
    <message>
        <source>Name of the new run (default engine-lang-time).</source>
        <translation>새 실행의 이름입니다 (기본값 engine-lang-time).</translation>
    </message>
    <message>
        <source>Model name recorded with the run.</source>
        <translation>실행과 함께 기록할 모델 이름입니다.</translation>
    </message>
    <message>
        <source>Only the images of this batch.</source>
        <translation>이 배치의 이미지만 처리합니다.</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>작업 스레드 수입니다 (기본값: 코어마다 하나).</translation>
    </message>
    <message>
        <source>Stop at the first image that fails (default: skip it and go on).</source>
        <translation>처음 실패한 이미지에서 멈춥니다 (기본값: 건너뛰고 계속 진행).</translation>
    </message>
    <message>
        <source>Then add the words as this annotator&apos;s pre-labels.</source>
        <translation>이어서 단어를 이 작업자의 사전 라벨로 추가합니다.</translation>
    </message>
    <message>
        <source>The acceptance threshold (0 to 1, default 0.6): the words below it are counted, and --promote leaves them out.</source>
        <translation>수락 임계값입니다 (0~1, 기본값 0.6): 이 값 미만인 단어는 개수를 세고, --promote에서는 제외합니다.</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>검사 중</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>무결성 검사에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>schema check failed: %1</source>
        <translation>스키마 검사에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>ok: %1 images present and decodable, integrity and schema checks passed
</source>
        <translation>ok: 이미지 %1개가 모두 있고 디코딩할 수 있으며, 무결성 및 스키마 검사를 통과했습니다
</translation>
    </message>
    <message>
        <source>Check that every image is present and decodable, and the store&apos;s integrity.</source>
        <translation>모든 이미지가 있고 디코딩할 수 있는지, 그리고 저장소의 무결성을 검사합니다.</translation>
    </message>
    <message>
        <source>Refuse images of more megapixels (default %1, or $LECTOR_MAX_MEGAPIXELS; 0: no limit).</source>
        <translation>이보다 메가픽셀이 많은 이미지는 거부합니다 (기본값 %1 또는 $LECTOR_MAX_MEGAPIXELS, 0: 제한 없음).</translation>
    </message>
    <message>
        <source>--max-megapixels takes a number of 0 or more</source>
        <translation>--max-megapixels에는 0 이상의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1: there is no annotator &quot;%2&quot; (annotators: %3)</source>
        <translation>%1: 작업자 &quot;%2&quot;이(가) 없습니다 (작업자: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (모두 %1개)</translation>
    </message>
    <message>
        <source>%1: there is no batch &quot;%2&quot; (batches: %3)</source>
        <translation>%1: 배치 &quot;%2&quot;이(가) 없습니다 (배치: %3)</translation>
    </message>
    <message>
        <source>against %1 on %2 images: consensus precision %3, recall %4, F1 %5
</source>
        <translation>이미지 %2개에서 %1 대비: 합의안 정밀도 %3, 재현율 %4, F1 %5
</translation>
    </message>
    <message>
        <source>  on %1&apos;s %2 images: %1 F1 %3 (precision %4, recall %5), consensus F1 %6 (precision %7, recall %8)
</source>
        <translation>  %1의 이미지 %2개에서: %1 F1 %3 (정밀도 %4, 재현율 %5), 합의안 F1 %6 (정밀도 %7, 재현율 %8)
</translation>
    </message>
    <message>
        <source>consensus: %1 words from %2 clusters on %3 images; %4 conflicts: %5 need review (%6 per word), %7 settled by majority, %8 by reviewers
</source>
        <translation>합의안: 이미지 %3개의 클러스터 %2개에서 단어 %1개; 충돌 %4건: 검수 필요 %5건 (단어당 %6), 다수결로 확정 %7건, 검수자가 확정 %8건
</translation>
    </message>
    <message>
        <source>Vote a consensus of the annotators&apos; regions, each annotator weighted by how well they agree with the others; settle what a clear majority decides and record the rest as conflicts to review.</source>
        <translation>작업자들의 영역을 투표해 합의안을 만듭니다. 각 작업자에게는 다른 작업자와 얼마나 일치하는지에 따라 가중치를 둡니다. 명확한 다수가 정하는 것은 확정하고, 나머지는 검수할 충돌로 기록합니다.</translation>
    </message>
    <message>
        <source>Print JSON (words, needs_review, settled_by_majority, conflicts by kind, the annotators as measured).</source>
        <translation>JSON으로 출력합니다 (words, needs_review, settled_by_majority, 유형별 충돌, 측정된 작업자 특성).</translation>
    </message>
    <message>
        <source>IoU at which two regions can be the same word, each annotator&apos;s edge habit taken out (default 0.5).</source>
        <translation>각 작업자의 가장자리 습관을 보정한 뒤 두 영역을 같은 단어로 볼 수 있는 IoU (기본값 0.5).</translation>
    </message>
    <message>
        <source>Annotators to leave out (comma separated; default: reference).</source>
        <translation>제외할 작업자 (쉼표로 구분; 기본값: reference).</translation>
    </message>
    <message>
        <source>Leave every conflict open, also those a clear majority decides.</source>
        <translation>명확한 다수가 정하는 충돌까지 포함해 모든 충돌을 미해결로 둡니다.</translation>
    </message>
    <message>
        <source>Also score the consensus and each annotator against this annotator&apos;s labels (ICDAR 2015 precision, recall, F1), the consensus on each annotator&apos;s images beside them.</source>
        <translation>이 작업자의 라벨을 기준으로 합의안과 각 작업자도 평가합니다 (ICDAR 2015 정밀도, 재현율, F1). 각 작업자 옆에 그 작업자의 이미지에 대한 합의안 점수를 함께 표시합니다.</translation>
    </message>
    <message>
        <source>--threshold takes a whole number of bits from 0 to %1</source>
        <translation>--threshold에는 0부터 %1까지의 비트 수(정수)를 지정하십시오</translation>
    </message>
    <message>
        <source>hashing</source>
        <translation>해시 중</translation>
    </message>
    <message>
        <source>checking pairs</source>
        <translation>쌍 확인 중</translation>
    </message>
    <message>
        <source>dedup: %1 images (%2 hashed now): %3 exact clusters, %4 near clusters at %5 bits, %6 words boxed twice; %7</source>
        <translation>dedup: 이미지 %1개 (이번에 해시한 이미지 %2개): 정확히 일치하는 클러스터 %3개, %5비트 기준 근사 클러스터 %4개, 두 번 박스를 친 단어 %6개; %7</translation>
    </message>
    <message>
        <source>%1 of %2 candidate pairs confirmed by their pixels</source>
        <translation>후보 쌍 %2개 중 %1개가 픽셀 비교로 확인됨</translation>
    </message>
    <message>
        <source>%1 candidate pairs, pixels not checked</source>
        <translation>후보 쌍 %1개, 픽셀은 확인하지 않음</translation>
    </message>
    <message>
        <source>; %1 images marked duplicates</source>
        <translation>; 이미지 %1개를 중복으로 표시</translation>
    </message>
    <message>
        <source>lector-cli: skipped %1: %2</source>
        <translation>lector-cli: %1 건너뜀: %2</translation>
    </message>
    <message>
        <source>Find duplicate images (the same decoded pixels, or near copies by perceptual hashes) and words one annotator boxed twice (IoU &gt;= 0.9); --mark keeps the largest image of each cluster (then the earliest) and marks the others duplicates, which leave every export.</source>
        <translation>중복 이미지(디코딩한 픽셀이 같거나, 지각 해시로 찾은 근사 사본)와 한 작업자가 두 번 박스를 친 단어(IoU &gt;= 0.9)를 찾습니다. --mark는 각 클러스터에서 가장 큰 이미지(크기가 같으면 가장 먼저 추가된 이미지)를 유지하고 나머지를 중복으로 표시하며, 표시된 이미지는 모든 내보내기에서 제외됩니다.</translation>
    </message>
    <message>
        <source>Print JSON: exact, near and regions (clusters), problems, pairs, hashed, seconds.</source>
        <translation>JSON으로 출력합니다: exact, near, regions (클러스터), problems, pairs, hashed, seconds.</translation>
    </message>
    <message>
        <source>Hamming distance (bits of 64) at which two images are near duplicates (default %1, 0 to %2).</source>
        <translation>두 이미지를 근사 중복으로 보는 해밍 거리 (64비트 중 비트 수; 기본값 %1, 0~%2).</translation>
    </message>
    <message>
        <source>Link near images by their hashes alone, without aligning each candidate pair and comparing its ink (quicker; pages of one template are then linked too).</source>
        <translation>각 후보 쌍을 정렬해 잉크를 비교하지 않고 해시만으로 근사 이미지를 연결합니다 (더 빠르지만, 같은 템플릿의 페이지끼리도 연결됩니다).</translation>
    </message>
    <message>
        <source>Keep one image of each cluster and mark the others duplicates of it, as one logged change.</source>
        <translation>각 클러스터에서 이미지 하나를 유지하고 나머지를 그 이미지의 중복으로 표시합니다 (기록되는 변경 하나로 처리).</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>렌더링 중</translation>
    </message>
    <message>
        <source>wrote %1 with %2 pages and %3 ground-truth words
</source>
        <translation>%1을(를) 저장했습니다 (페이지 %2개, 정답 단어 %3개)
</translation>
    </message>
    <message>
        <source>this build has no demo generator</source>
        <translation>이 빌드에는 데모 생성기가 없습니다</translation>
    </message>
    <message>
        <source>Write a demo project (rendered pages, three simulated annotators, a model run) to DIR/demo.lector.</source>
        <translation>데모 프로젝트(렌더링한 페이지, 모의 작업자 세 명, 모델 실행 하나)를 DIR/demo.lector에 씁니다.</translation>
    </message>
    <message>
        <source>Number of pages (default 60).</source>
        <translation>페이지 수 (기본값 60).</translation>
    </message>
    <message>
        <source>Random seed (default 7).</source>
        <translation>난수 시드 (기본값 7).</translation>
    </message>
    <message>
        <source>baseline %1 (%2 images) against current %3 (%4 images)%5
%6

</source>
        <translation>기준 %1(이미지 %2개) 대 현재 %3(이미지 %4개)%5
%6

</translation>
    </message>
    <message>
        <source>, run %1</source>
        <translation>, 실행 %1</translation>
    </message>
    <message>
        <source>property</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>current</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>DRIFT  </source>
        <translation>드리프트  </translation>
    </message>
    <message>
        <source>left out: %1: %2</source>
        <translation>제외됨: %1: %2</translation>
    </message>
    <message>
        <source>drift needs --baseline and --current (a batch, or YYYY-MM-DD..YYYY-MM-DD)</source>
        <translation>drift에는 --baseline과 --current가 필요합니다 (배치 또는 YYYY-MM-DD..YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--drift-share takes a share above 0, at most 1 (default 0.5)</source>
        <translation>--drift-share에는 0보다 크고 1 이하인 비율을 지정하십시오 (기본값 0.5)</translation>
    </message>
    <message>
        <source>Drift between batches: compare a current batch (or range of days) with a baseline on image properties (brightness, contrast, sharpness, skew, size), label properties and prediction confidence, each by Evidently&apos;s rule (a test for a small baseline, a distance for a large one), with PSI and a dataset-level verdict. Measures and stores what it has not measured yet; changes no label.</source>
        <translation>배치 간 드리프트: 현재 배치(또는 날짜 범위)를 기준과 이미지 속성(밝기, 대비, 선명도, 기울기, 크기), 라벨 속성, 예측 신뢰도에 대해 비교합니다. 각 속성은 Evidently의 규칙(기준이 작으면 검정, 크면 거리)으로 판정하며, PSI와 데이터셋 수준의 판정도 제공합니다. 아직 측정하지 않은 것은 측정하여 저장하며, 라벨은 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>What the current side is compared with: a batch name (batch:NAME when the name looks like a range) or a range of UTC days, YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>현재 쪽과 비교할 대상: 배치 이름(이름이 범위처럼 보이면 batch:NAME) 또는 UTC 날짜 범위 YYYY-MM-DD..YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The batch or range of days that may have drifted.</source>
        <translation>드리프트가 생겼을 수 있는 배치 또는 날짜 범위.</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s labels (default: every annotator&apos;s).</source>
        <translation>이 작업자의 라벨만 (기본값: 모든 작업자의 라벨).</translation>
    </message>
    <message>
        <source>The model run whose confidence is compared (default: the newest).</source>
        <translation>신뢰도를 비교할 모델 실행 (기본값: 최신 실행).</translation>
    </message>
    <message>
        <source>The share of drifted properties that makes a dataset drift (default 0.5).</source>
        <translation>데이터셋 드리프트로 판정하는 드리프트 속성의 비율 (기본값 0.5).</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>박스</translation>
    </message>
    <message>
        <source>active h</source>
        <translation>활동 시간</translation>
    </message>
    <message>
        <source>boxes/h</source>
        <translation>박스/h</translation>
    </message>
    <message>
        <source>median s</source>
        <translation>중앙값(s)</translation>
    </message>
    <message>
        <source>corr/box</source>
        <translation>수정/박스</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>합의안</translation>
    </message>
    <message>
        <source>
consensus: share of the annotator&apos;s regions matching a consensus region (IoU &gt;= 0.5) with the same text and flags; – before a consensus is built
</source>
        <translation>
합의안: 작업자의 영역 중 합의안 영역과 일치하고(IoU &gt;= 0.5) 텍스트와 플래그도 같은 영역의 비율. 합의안을 만들기 전에는 –
</translation>
    </message>
    <message>
        <source>Per annotator speed from the edit log: boxes per active hour, median seconds per box, corrections per box.</source>
        <translation>편집 기록에서 구한 작업자별 속도: 활동 시간당 박스 수, 박스당 소요 시간(초)의 중앙값, 박스당 수정 횟수.</translation>
    </message>
    <message>
        <source>Idle threshold in seconds (default 120).</source>
        <translation>유휴로 보는 임계값(초) (기본값 120).</translation>
    </message>
    <message>
        <source>Annotators to leave out (comma separated).</source>
        <translation>제외할 작업자 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>%1 against %2: %3 images, %4 matching%5, IoU &gt; %6%7
</source>
        <translation>%2 기준 %1: 이미지 %3개, %4 매칭%5, IoU &gt; %6%7
</translation>
    </message>
    <message>
        <source> (by confidence)</source>
        <translation> (신뢰도순)</translation>
    </message>
    <message>
        <source> (in file order)</source>
        <translation> (파일 순서)</translation>
    </message>
    <message>
        <source>, case ignored</source>
        <translation>, 대소문자 무시</translation>
    </message>
    <message>
        <source>precision %1  recall %2  H-mean %3  (matched %4 of %5 ground truth, %6 detections; %7 don&apos;t-care ground truth, %8 detections set aside)
</source>
        <translation>정밀도 %1  재현율 %2  H-평균 %3  (정답 %5개 중 %4개 매칭, 검출 %6개; 무시 영역 (don&apos;t care) 정답 %7개, 검출 %8개 제외)
</translation>
    </message>
    <message>
        <source>word accuracy %1 of care ground truth, %2 of matched words; CER %3, WER %4; mean IoU %5; AP %6
</source>
        <translation>단어 정확도: 무시 영역이 아닌 정답 기준 %1, 매칭된 단어 기준 %2; CER %3, WER %4; 평균 IoU %5; AP %6
</translation>
    </message>
    <message>
        <source>best confidence threshold %1: precision %2, recall %3, H-mean %4
</source>
        <translation>최적 신뢰도 임계값 %1: 정밀도 %2, 재현율 %3, H-평균 %4
</translation>
    </message>
    <message>
        <source>batch (import order)</source>
        <comment>eval table column</comment>
        <translation>배치 (가져온 순서)</translation>
    </message>
    <message>
        <source>images</source>
        <comment>eval table column</comment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>gt</source>
        <comment>eval table column</comment>
        <translation>정답</translation>
    </message>
    <message>
        <source>det</source>
        <comment>eval table column</comment>
        <translation>검출</translation>
    </message>
    <message>
        <source>prec</source>
        <comment>eval table column</comment>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>recall</source>
        <comment>eval table column</comment>
        <translation>재현율</translation>
    </message>
    <message>
        <source>hmean</source>
        <comment>eval table column</comment>
        <translation>H-평균</translation>
    </message>
    <message>
        <source>words</source>
        <comment>eval table column</comment>
        <translation>단어</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>
most misread characters (truth→detected, ∅ = none): %1
</source>
        <translation>
가장 많이 오인식된 문자 (정답→검출, ∅ = 없음): %1
</translation>
    </message>
    <message>
        <source>against %1, %2 matching, IoU &gt; %3

</source>
        <translation>%1 기준, %2 매칭, IoU &gt; %3

</translation>
    </message>
    <message>
        <source>run</source>
        <comment>eval table column</comment>
        <translation>실행</translation>
    </message>
    <message>
        <source>CER</source>
        <comment>eval table column</comment>
        <translation>CER</translation>
    </message>
    <message>
        <source>AP</source>
        <comment>eval table column</comment>
        <translation>AP</translation>
    </message>
    <message>
        <source>
against %1, slice by slice (%2 bootstrap resamples of the images, %3 % intervals):
</source>
        <translation>
%1 기준, 슬라이스별 비교 (이미지 부트스트랩 재표본 %2회, %3 % 구간):
</translation>
    </message>
    <message>
        <source>no slice fell beyond its interval
</source>
        <translation>구간을 벗어난 슬라이스 없음
</translation>
    </message>
    <message>
        <source>REGRESSED </source>
        <translation>성능 저하 </translation>
    </message>
    <message>
        <source>: %1 -&gt; %2 (%3, interval [%4, %5], %6 words)
</source>
        <translation>: %1 -&gt; %2 (%3, 구간 [%4, %5], 단어 %6개)
</translation>
    </message>
    <message>
        <source>eval needs --run RUN (or --runs A,B to compare runs)</source>
        <translation>eval에는 --run RUN이 필요합니다 (실행을 비교하려면 --runs A,B)</translation>
    </message>
    <message>
        <source>give --against or --against-run, not both</source>
        <translation>--against와 --against-run 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>--iou takes a number in [0, 1)</source>
        <translation>--iou에는 [0, 1) 범위의 숫자를 지정하십시오</translation>
    </message>
    <message>
        <source>--matching takes greedy or hungarian</source>
        <translation>--matching에는 greedy 또는 hungarian을 지정하십시오</translation>
    </message>
    <message>
        <source>--resamples sets the bootstrap of --baseline-run: name the baseline run</source>
        <translation>--resamples는 --baseline-run의 부트스트랩을 설정합니다: 기준 실행을 지정하십시오</translation>
    </message>
    <message>
        <source>--baseline-run compares one --run with it</source>
        <translation>--baseline-run은 --run 하나와 비교합니다: --run을 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>--baseline-run must name another run than --run</source>
        <translation>--baseline-run에는 --run과 다른 실행을 지정하십시오</translation>
    </message>
    <message>
        <source>--resamples takes a whole number, 100 or more</source>
        <translation>--resamples에는 100 이상의 정수를 지정하십시오</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation>임시 파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>임시 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the evaluation</source>
        <translation>평가 결과를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Score model runs&apos; predictions against labels: ICDAR 2015 detection precision, recall and H-mean, word accuracy, CER and WER, per image, slice and batch.</source>
        <translation>모델 실행의 예측을 라벨과 비교해 평가합니다: ICDAR 2015 검출 정밀도, 재현율, H-평균, 단어 정확도, CER, WER을 이미지별, 슬라이스별, 배치별로 구합니다.</translation>
    </message>
    <message>
        <source>The model run to score (repeat to compare runs).</source>
        <translation>평가할 모델 실행입니다 (여러 번 지정하면 실행을 비교합니다).</translation>
    </message>
    <message>
        <source>Runs to compare, comma separated.</source>
        <translation>비교할 실행입니다 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>Ground truth: an annotator, or consensus (default: reference, else the only annotator).</source>
        <translation>정답: 작업자 또는 consensus (기본값: reference, 없으면 유일한 작업자).</translation>
    </message>
    <message>
        <source>Ground truth: another run&apos;s predictions.</source>
        <translation>정답: 다른 실행의 예측.</translation>
    </message>
    <message>
        <source>A pair matches above this IoU (default 0.5).</source>
        <translation>이 IoU를 넘으면 쌍이 매칭됩니다 (기본값 0.5).</translation>
    </message>
    <message>
        <source>greedy (the ICDAR 2015 script, default) or hungarian (optimal).</source>
        <translation>greedy (ICDAR 2015 스크립트, 기본값) 또는 hungarian (최적).</translation>
    </message>
    <message>
        <source>Compare transcriptions case-insensitively.</source>
        <translation>전사 텍스트를 대소문자 구분 없이 비교합니다.</translation>
    </message>
    <message>
        <source>Compare --run with this run slice by slice (recall and word accuracy, paired bootstrap over the images); flags slices that fell beyond their interval (`regressions` in --json).</source>
        <translation>--run을 이 실행과 슬라이스별로 비교하고 (재현율과 단어 정확도, 이미지에 대한 대응 부트스트랩), 구간을 벗어난 슬라이스를 표시합니다 (--json의 `regressions`).</translation>
    </message>
    <message>
        <source>--baseline-run: bootstrap resamples (default 1000).</source>
        <translation>--baseline-run: 부트스트랩 재표본 수 (기본값 1000).</translation>
    </message>
    <message>
        <source>exported %1 regions on %2 images of %3 &quot;%4&quot; to %5 [%6]
</source>
        <translation>%3 &quot;%4&quot;의 영역 %1개(이미지 %2개)를 %5에 내보냈습니다 [%6]
</translation>
    </message>
    <message>
        <source>model run</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <source>left out %1 images with labels not marked done
</source>
        <translation>라벨이 완료 표시되지 않은 이미지 %1개를 제외했습니다
</translation>
    </message>
    <message>
        <source>nothing lost: %1 carries everything exported
</source>
        <translation>손실 없음: 내보낸 내용이 모두 %1에 담깁니다
</translation>
    </message>
    <message>
        <source>what %1 cannot carry:
  %2
</source>
        <translation>%1에 담을 수 없는 내용:
  %2
</translation>
    </message>
    <message>
        <source>export needs --out DIR</source>
        <translation>export에는 --out DIR이 필요합니다</translation>
    </message>
    <message>
        <source>export needs --format (one of %1)</source>
        <translation>export에는 --format이 필요합니다 (%1 중 하나)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known: %2</source>
        <translation>알 수 없는 형식입니다: &quot;%1&quot; (사용 가능한 형식: %2)</translation>
    </message>
    <message>
        <source>give --annotator or --run, not both</source>
        <translation>--annotator와 --run 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>Export one annotator&apos;s labels or one run&apos;s predictions, and say what the format cannot carry.</source>
        <translation>한 작업자의 라벨 또는 한 모델 실행의 예측을 내보내고, 형식에 담을 수 없는 내용을 알려 줍니다.</translation>
    </message>
    <message>
        <source>Label format: %1.</source>
        <translation>라벨 형식: %1.</translation>
    </message>
    <message>
        <source>Output folder (created when missing). For ppocrlabel it is the image folder PPOCRLabel opens: the images are copied into it.</source>
        <translation>출력 폴더 (없으면 만듭니다). ppocrlabel에서는 PPOCRLabel이 여는 이미지 폴더이며, 이미지가 이 폴더에 복사됩니다.</translation>
    </message>
    <message>
        <source>Whose labels (default: the only annotator).</source>
        <translation>내보낼 라벨의 작업자 (기본값: 유일한 작업자).</translation>
    </message>
    <message>
        <source>Export this model run&apos;s predictions instead (icdar2015: RRC result files res_img_N.txt with whole-pixel corners and the confidence; coco: results.json).</source>
        <translation>라벨 대신 이 모델 실행의 예측을 내보냅니다 (icdar2015: 정수 픽셀 꼭짓점과 신뢰도를 담은 RRC 결과 파일 res_img_N.txt; coco: results.json).</translation>
    </message>
    <message>
        <source>Also export the images marked duplicates of others (lector-cli dedup --mark).</source>
        <translation>다른 이미지의 중복으로 표시된 이미지도 내보냅니다 (lector-cli dedup --mark).</translation>
    </message>
    <message>
        <source>Only the images the annotator marked done (ppocrlabel: fileState.txt then lists exactly those).</source>
        <translation>작업자가 완료 표시한 이미지만 내보냅니다 (ppocrlabel: fileState.txt에 정확히 그 이미지만 기록됩니다).</translation>
    </message>
    <message>
        <source>ppocrlabel: also write rec_gt.txt and crop_img/, each word cut out along its quadrilateral, to train a recognizer.</source>
        <translation>ppocrlabel: 인식기 학습용으로 rec_gt.txt와 crop_img/도 씁니다. 각 단어를 4점 박스를 따라 잘라냅니다.</translation>
    </message>
    <message>
        <source>icdar2015 results: add the transcription after the confidence (RRC end-to-end, task 4.4; the text localization script, task 4.1, refuses it).</source>
        <translation>icdar2015 결과: 신뢰도 뒤에 전사 텍스트를 추가합니다 (RRC 엔드투엔드, 작업 4.4; 텍스트 위치 검출 스크립트(작업 4.1)는 이를 거부합니다).</translation>
    </message>
    <message>
        <source>Copy the images next to the labels.</source>
        <translation>라벨 옆에 이미지를 복사합니다.</translation>
    </message>
    <message>
        <source>Print what was written as JSON: images, regions, and under &quot;loss&quot; the count of each kind of loss the format was checked for.</source>
        <translation>기록한 내용을 JSON으로 출력합니다: 이미지, 영역, 그리고 &quot;loss&quot; 아래에 형식에 대해 검사한 손실 유형별 개수.</translation>
    </message>
    <message>
        <source>feedback needs --annotator NAME</source>
        <translation>feedback에는 --annotator NAME이 필요합니다</translation>
    </message>
    <message>
        <source>feedback needs --out FILE.html (or FILE.pdf)</source>
        <translation>feedback에는 --out FILE.html(또는 FILE.pdf)이 필요합니다</translation>
    </message>
    <message>
        <source>this lector-cli was built without Qt Gui: write --out FILE.html</source>
        <translation>이 lector-cli는 Qt Gui 없이 빌드되었습니다: --out FILE.html로 쓰십시오</translation>
    </message>
    <message>
        <source>Feedback for %1</source>
        <translation>%1 피드백</translation>
    </message>
    <message>
        <source>wrote %1: %2 against %3 on %4 images, %5 % read right; missed %6, extra %7, loose %8, text %9
</source>
        <translation>%1에 저장했습니다: %3 기준 %2, 이미지 %4개, %5 % 정확히 읽음; 놓침 %6, 초과 %7, 느슨함 %8, 텍스트 %9
</translation>
    </message>
    <message>
        <source>One annotator&apos;s feedback page for the lead to hand over: agreement with the reference (or the consensus), the kinds of disagreement, character confusions, speed, the last batches and the guideline rules their words fall under.</source>
        <translation>리드가 전달할 작업자 한 명의 피드백 페이지: 정답(reference) 또는 합의안과의 일치도, 불일치 유형, 문자 혼동, 속도, 최근 배치, 작업자의 단어에 해당하는 가이드 규칙.</translation>
    </message>
    <message>
        <source>Whose page.</source>
        <translation>페이지 대상 작업자.</translation>
    </message>
    <message>
        <source>Where: FILE.html, or FILE.pdf.</source>
        <translation>저장 위치: FILE.html 또는 FILE.pdf.</translation>
    </message>
    <message>
        <source>The truth (default: reference when it has labels, else consensus).</source>
        <translation>비교 기준 (기본값: 라벨이 있으면 reference, 없으면 consensus).</translation>
    </message>
    <message>
        <source>--scope takes overall, pair, annotator or slice, not &apos;%1&apos;</source>
        <translation>--scope에는 overall, pair, annotator, slice 중 하나를 지정하십시오 (&apos;%1&apos;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>--scope picks the lines of --json (the table shows the overall line of each snapshot): add --json</source>
        <translation>--scope는 --json의 줄을 고릅니다 (표에는 각 스냅샷의 overall 줄이 표시됩니다): --json을 추가하십시오</translation>
    </message>
    <message>
        <source>No agreement snapshot yet: lector-cli agreement --save (or the app&apos;s dashboard) keeps one.
</source>
        <translation>아직 일치도 스냅샷이 없습니다: lector-cli agreement --save (또는 앱의 대시보드)가 스냅샷을 보관합니다.
</translation>
    </message>
    <message>
        <source>taken (UTC)</source>
        <translation>생성 일시 (UTC)</translation>
    </message>
    <message>
        <source>src</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>guideline</source>
        <translation>가이드</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>alpha text/geometry</source>
        <translation>α 텍스트/형상</translation>
    </message>
    <message>
        <source>
F1, text (same transcription) and CER pool every annotator pair; --json gives each pair, annotator and slice
</source>
        <translation>
F1, 텍스트(같은 전사 텍스트), CER은 모든 작업자 쌍을 합산한 값입니다. --json은 쌍, 작업자, 슬라이스별 값을 제공합니다
</translation>
    </message>
    <message>
        <source>The project&apos;s agreement history: every saved agreement snapshot, oldest first, with the guideline version in force (read from the store, nothing recomputed).</source>
        <translation>프로젝트의 일치도 기록: 저장된 모든 일치도 스냅샷을 오래된 순으로, 당시 적용 중이던 가이드 버전과 함께 보여 줍니다 (저장소에서 읽기만 하며, 다시 계산하지 않음).</translation>
    </message>
    <message>
        <source>Only the lines of one scope in --json: overall, pair, annotator or slice.</source>
        <translation>--json에서 한 범위의 줄만: overall, pair, annotator, slice.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>경고: </translation>
    </message>
    <message>
        <source>imported %1 regions on %2 images (%3 new, %4 already in the project%5)%6 from %7; %8 ms
</source>
        <translation>%7에서 이미지 %2개(새 이미지 %3개, 이미 프로젝트에 있던 이미지 %4개%5)의 영역 %1개를%6 가져왔습니다; %8 ms
</translation>
    </message>
    <message>
        <source>, %1 left out</source>
        <translation>, %1개 제외</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> %1(으)로</translation>
    </message>
    <message>
        <source>images folder not found</source>
        <translation>이미지 폴더를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>스캔 중</translation>
    </message>
    <message>
        <source>no images found</source>
        <translation>이미지를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>--role is one of annotator, reviewer, lead</source>
        <translation>--role은 annotator, reviewer, lead 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>labels: %1 in %2 (%3 regions)</source>
        <translation>라벨: %2의 %1 (영역 %3개)</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>annotator &quot;%1&quot;</source>
        <translation>작업자 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model run &quot;%1&quot;</source>
        <translation>모델 실행 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--folder finds the images and labels itself: give it alone</source>
        <translation>--folder는 이미지와 라벨을 직접 찾습니다: 단독으로 지정하십시오</translation>
    </message>
    <message>
        <source>import needs --images DIR, --labels FILE_OR_DIR or --folder DIR</source>
        <translation>import에는 --images DIR, --labels FILE_OR_DIR 또는 --folder DIR이 필요합니다</translation>
    </message>
    <message>
        <source>--images alone adds images without labels: no --annotator or --predictions (give --labels too)</source>
        <translation>--images만 지정하면 라벨 없이 이미지를 추가합니다: --annotator나 --predictions는 지정할 수 없습니다 (--labels도 지정하십시오)</translation>
    </message>
    <message>
        <source>label file or folder not found</source>
        <translation>라벨 파일 또는 폴더를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>give --annotator or --predictions, not both</source>
        <translation>--annotator와 --predictions 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>cannot tell the format of the labels; give --format (one of %1)</source>
        <translation>라벨 형식을 판별할 수 없습니다. --format을 지정하십시오 (%1 중 하나)</translation>
    </message>
    <message>
        <source>imported %1 regions on %2 images (%3 new, %4 already in the project) as %5 &quot;%6&quot; from %7 [%8]; parse %9 ms, total %10 ms
</source>
        <translation>%7 [%8]에서 이미지 %2개(새 이미지 %3개, 이미 프로젝트에 있던 이미지 %4개)의 영역 %1개를 %5 &quot;%6&quot;(으)로 가져왔습니다; 파싱 %9 ms, 전체 %10 ms
</translation>
    </message>
    <message>
        <source>Import images and their labels (or a model&apos;s predictions), all or nothing. --images DIR alone adds the folder&apos;s images without labels; --folder DIR finds the images and the labels beside them (as the app&apos;s New Project from Folder).</source>
        <translation>이미지와 그 라벨(또는 모델의 예측)을 가져옵니다. 전부 가져오거나 아무것도 가져오지 않습니다. --images DIR만 지정하면 폴더의 이미지를 라벨 없이 추가하고, --folder DIR은 이미지와 그 옆의 라벨을 찾습니다 (앱의 &apos;폴더에서 새 프로젝트&apos;와 같습니다).</translation>
    </message>
    <message>
        <source>Label format: %1 (sroie = icdar2015). Detected when left out.</source>
        <translation>라벨 형식: %1 (sroie = icdar2015). 지정하지 않으면 자동으로 판별합니다.</translation>
    </message>
    <message>
        <source>Folder of the images (paths in labels resolve here); alone: import its images (in subfolders too) without labels.</source>
        <translation>이미지 폴더입니다 (라벨의 경로는 이 폴더 기준). 단독으로 지정하면 폴더의 이미지를 (하위 폴더 포함) 라벨 없이 가져옵니다.</translation>
    </message>
    <message>
        <source>A dataset folder: every image in it, and the label set found beside them (see lector-cli scan).</source>
        <translation>데이터셋 폴더입니다: 폴더의 모든 이미지와 그 옆에서 찾은 라벨 세트를 가져옵니다 (lector-cli scan 참고).</translation>
    </message>
    <message>
        <source>Label file or folder.</source>
        <translation>라벨 파일 또는 폴더입니다.</translation>
    </message>
    <message>
        <source>Import as this annotator&apos;s labels (default: imported).</source>
        <translation>이 작업자의 라벨로 가져옵니다 (기본값: imported).</translation>
    </message>
    <message>
        <source>Role of a new annotator: annotator, reviewer, lead.</source>
        <translation>새 작업자의 역할: annotator, reviewer, lead.</translation>
    </message>
    <message>
        <source>Import as the predictions of a new model run.</source>
        <translation>새 모델 실행의 예측으로 가져옵니다.</translation>
    </message>
    <message>
        <source>Model name recorded with --predictions.</source>
        <translation>--predictions와 함께 기록할 모델 이름입니다.</translation>
    </message>
    <message>
        <source>COCO file whose &quot;images&quot; maps the image ids of a COCO results file.</source>
        <translation>COCO 결과 파일의 이미지 ID를 &quot;images&quot;로 대응시키는 COCO 파일입니다.</translation>
    </message>
    <message>
        <source>Batch name for new images (default: import-DATE).</source>
        <translation>새 이미지의 배치 이름입니다 (기본값: import-DATE).</translation>
    </message>
    <message>
        <source>Split for new images (train, val, test).</source>
        <translation>새 이미지의 분할입니다 (train, val, test).</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>체크섬 계산 중</translation>
    </message>
    <message>
        <source>project:            %1
images:             %2
annotations:        %3 (%4 don&apos;t care)
guideline versions: %5
</source>
        <translation>프로젝트:      %1
이미지:        %2
라벨:          %3 (무시 영역 %4개)
가이드 버전:   %5
</translation>
    </message>
    <message>
        <source>  annotator %1: %2
</source>
        <translation>  작업자 %1: %2
</translation>
    </message>
    <message>
        <source>  model run %1: %2 predictions
</source>
        <translation>  모델 실행 %1: 예측 %2개
</translation>
    </message>
    <message>
        <source>content sha256:     %1 (%2 rows; the same on a file and a server)
</source>
        <translation>콘텐츠 sha256: %1 (%2행, 파일과 서버에서 같음)
</translation>
    </message>
    <message>
        <source>Counts of images, labels, predictions and guideline versions.</source>
        <translation>이미지, 라벨, 예측, 가이드 버전의 개수를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Also every table&apos;s rows and a SHA-256 of the content (as push and pull compare).</source>
        <translation>모든 테이블의 행 수와 콘텐츠의 SHA-256도 출력합니다 (push와 pull이 비교하는 값).</translation>
    </message>
    <message>
        <source>init takes a project file, or --server URL (one of them)</source>
        <translation>init에는 프로젝트 파일 또는 --server URL 중 하나를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--server takes a postgresql:// URL</source>
        <translation>--server에는 postgresql:// URL을 지정해야 합니다</translation>
    </message>
    <message>
        <source>created %1
</source>
        <translation>%1을(를) 만들었습니다
</translation>
    </message>
    <message>
        <source>team roles %1, %2 and %3 made (lector-cli team adds members)
</source>
        <translation>팀 역할 %1, %2, %3을(를) 만들었습니다 (구성원은 lector-cli team으로 추가합니다)
</translation>
    </message>
    <message>
        <source>Create an empty project store (a file, or with --server on a PostgreSQL server).</source>
        <translation>빈 프로젝트 저장소를 만듭니다 (파일로, 또는 --server를 쓰면 PostgreSQL 서버에).</translation>
    </message>
    <message>
        <source>Create it on a server instead: postgresql://USER@HOST:PORT/DATABASE, its schema named by ?options=-csearch_path%3DNAME (made when missing; public otherwise).</source>
        <translation>대신 서버에 만듭니다: postgresql://USER@HOST:PORT/DATABASE. 스키마는 ?options=-csearch_path%3DNAME으로 지정합니다 (없으면 만들고, 지정하지 않으면 public).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>명령.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn (default), error, off.</source>
        <translation>trace, debug, info, warn (기본값), error, off 중 하나.</translation>
    </message>
    <message>
        <source>For a server project (postgresql://…): the folder this workstation finds its images in (default $LECTOR_IMAGE_ROOT, else the folder it was pushed from).</source>
        <translation>서버 프로젝트(postgresql://…)의 경우: 이 워크스테이션에서 이미지를 찾을 폴더 (기본값은 $LECTOR_IMAGE_ROOT, 없으면 푸시한 폴더).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <source> (see lector-cli %1 --help)</source>
        <translation> (lector-cli %1 --help 참고)</translation>
    </message>
    <message>
        <source>%1 takes %2 (see lector-cli %1 --help)</source>
        <translation>%1에는 %2을(를) 지정해야 합니다 (lector-cli %1 --help 참고)</translation>
    </message>
    <message>
        <source>Usage: lector-cli COMMAND [options]

Commands:
</source>
        <translation>사용법: lector-cli COMMAND [options]

명령:
</translation>
    </message>
    <message>
        <source>
lector-cli COMMAND --help shows a command&apos;s options; --man writes the manual page, --version the version.
</source>
        <translation>
lector-cli COMMAND --help는 명령의 옵션을 보여 줍니다. --man은 매뉴얼 페이지를, --version은 버전을 출력합니다.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see lector-cli --help)</source>
        <translation>알 수 없는 명령입니다: &quot;%1&quot; (lector-cli --help 참고)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <source>promote needs --run RUN and --annotator NAME</source>
        <translation>promote에는 --run RUN과 --annotator NAME이 필요합니다</translation>
    </message>
    <message>
        <source>promoted %1 predictions of %2 to %3&apos;s pre-labels (%4 duplicates, %5 below the confidence threshold skipped)
</source>
        <translation>%2의 예측 %1개를 %3의 사전 라벨로 전환했습니다 (중복 %4개, 신뢰도 임계값 미만 %5개 건너뜀)
</translation>
    </message>
    <message>
        <source>Turn a model run&apos;s predictions into an annotator&apos;s pre-labels (source auto), skipping words that overlap the annotator&apos;s own regions.</source>
        <translation>모델 실행의 예측을 작업자의 사전 라벨(출처 auto)로 전환합니다. 작업자 자신의 영역과 겹치는 단어는 건너뜁니다.</translation>
    </message>
    <message>
        <source>The model run.</source>
        <translation>모델 실행.</translation>
    </message>
    <message>
        <source>Whose pre-labels (created when new).</source>
        <translation>사전 라벨을 받을 작업자 (없으면 새로 만듭니다).</translation>
    </message>
    <message>
        <source>Only predictions at least this confident.</source>
        <translation>신뢰도가 이 값 이상인 예측만 전환합니다.</translation>
    </message>
    <message>
        <source>Overlap with an existing region that makes a duplicate (default 0.5).</source>
        <translation>기존 영역과 이만큼 겹치면 중복으로 봅니다 (기본값 0.5).</translation>
    </message>
    <message>
        <source>pull takes a server&apos;s postgresql:// URL, then a new project file</source>
        <translation>pull에는 서버의 postgresql:// URL과 새 프로젝트 파일을 차례로 지정해야 합니다</translation>
    </message>
    <message>
        <source>the file exists already: pull writes a new project file</source>
        <translation>파일이 이미 있습니다: pull은 새 프로젝트 파일을 씁니다</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>서버에서 복사하는 중</translation>
    </message>
    <message>
        <source>note: image paths are relative to %1 (the server project&apos;s image root here); the new file finds them only if it is moved there
</source>
        <translation>참고: 이미지 경로는 %1(이 워크스테이션에서 서버 프로젝트의 이미지 루트) 기준 상대 경로입니다. 새 파일은 그곳으로 옮겨야 이미지를 찾습니다
</translation>
    </message>
    <message>
        <source>Copy a project from a PostgreSQL server into a new project file (compared by count and checksum).</source>
        <translation>PostgreSQL 서버의 프로젝트를 새 프로젝트 파일로 복사합니다 (개수와 체크섬으로 비교).</translation>
    </message>
    <message>
        <source>push takes a project file, then a server&apos;s postgresql:// URL</source>
        <translation>push에는 프로젝트 파일과 서버의 postgresql:// URL을 차례로 지정해야 합니다</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>서버로 복사하는 중</translation>
    </message>
    <message>
        <source>images stay where they are: their paths are relative to %1, which is the server project&apos;s image root until a workstation names its own mount of that folder (--image-root or LECTOR_IMAGE_ROOT)
</source>
        <translation>이미지는 옮겨지지 않습니다: 경로는 %1 기준 상대 경로이며, 워크스테이션이 그 폴더를 마운트한 자체 위치를 지정하기 전까지(--image-root 또는 LECTOR_IMAGE_ROOT) 이 폴더가 서버 프로젝트의 이미지 루트입니다
</translation>
    </message>
    <message>
        <source>Copy a project file onto a PostgreSQL server (every row, compared by count and checksum).</source>
        <translation>프로젝트 파일을 PostgreSQL 서버로 복사합니다 (모든 행, 개수와 체크섬으로 비교).</translation>
    </message>
    <message>
        <source>What a folder holds for a project: its images (in subfolders too), the label sets beside them and what cannot be read; writes nothing (import --folder imports it).</source>
        <translation>폴더에서 프로젝트로 가져올 수 있는 내용을 보여 줍니다: 이미지(하위 폴더 포함), 그 옆의 라벨 세트, 읽을 수 없는 항목. 아무것도 쓰지 않습니다 (가져오려면 import --folder).</translation>
    </message>
    <message>
        <source>Print JSON (image paths relative to DIR).</source>
        <translation>JSON으로 출력합니다 (이미지 경로는 DIR 기준 상대 경로).</translation>
    </message>
    <message>
        <source>Only the images: do not look for labels.</source>
        <translation>이미지만: 라벨을 찾지 않습니다.</translation>
    </message>
    <message>
        <source>--strategy takes one of %1, not &apos;%2&apos;</source>
        <translation>--strategy에는 %1 중 하나를 지정하십시오 (&apos;%2&apos;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <source>--budget takes a whole number of images, 1 or more</source>
        <translation>--budget에는 1 이상의 이미지 수(정수)를 지정하십시오</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed에는 정수를 지정하십시오</translation>
    </message>
    <message>
        <source>--overlap takes a share from 0 to 1 (0.1: one image in ten to several annotators)</source>
        <translation>--overlap에는 0부터 1까지의 비율을 지정하십시오 (0.1: 이미지 10개 중 1개를 여러 작업자에게 배정)</translation>
    </message>
    <message>
        <source>--per-overlap takes 2 or more annotators</source>
        <translation>--per-overlap에는 2명 이상의 작업자 수를 지정하십시오</translation>
    </message>
    <message>
        <source>--overlap shares images between annotators: name them with --annotators</source>
        <translation>--overlap은 작업자 간에 이미지를 공유합니다: --annotators로 작업자를 지정하십시오</translation>
    </message>
    <message>
        <source>there is no annotator &quot;%1&quot;</source>
        <translation>작업자 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>selecting</source>
        <translation>선택 중</translation>
    </message>
    <message>
        <source>%1: %2
%3 of %4 candidate images%5

</source>
        <translation>%1: %2
후보 이미지 %4개 중 %3개%5

</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>참고: %1
</translation>
    </message>
    <message>
        <source>assigned: each annotator&apos;s to do now follows this queue
</source>
        <translation>배정됨: 이제 각 작업자의 할 일은 이 대기열을 따릅니다
</translation>
    </message>
    <message>
        <source>What to label next: rank the images by a strategy and, with --annotators, assign the queue their to do follows (with an overlap for agreement). Changes no label.</source>
        <translation>다음에 라벨링할 이미지: 전략에 따라 이미지 순위를 매기고, --annotators를 지정하면 작업자의 할 일이 따를 대기열을 배정합니다 (일치도를 위한 중복 배정 포함). 라벨은 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>How to choose (default mixed):</source>
        <translation>선택 방법 (기본값 mixed):</translation>
    </message>
    <message>
        <source>How many images (default 100).</source>
        <translation>이미지 수입니다 (기본값 100).</translation>
    </message>
    <message>
        <source>The model run whose confidences count (default: the newest).</source>
        <translation>신뢰도를 사용할 모델 실행입니다 (기본값: 최신 실행).</translation>
    </message>
    <message>
        <source>run-disagreement: the run to compare with.</source>
        <translation>run-disagreement: 비교할 실행입니다.</translation>
    </message>
    <message>
        <source>Choose among labeled images too (default: only images no annotator labeled).</source>
        <translation>라벨링된 이미지도 선택 대상에 포함합니다 (기본값: 아무 작업자도 라벨링하지 않은 이미지만).</translation>
    </message>
    <message>
        <source>random: the seed (default 1).</source>
        <translation>random: 시드입니다 (기본값 1).</translation>
    </message>
    <message>
        <source>Assign the queue to these annotators (comma separated), replacing their queues.</source>
        <translation>대기열을 이 작업자들에게 배정합니다 (쉼표로 구분). 기존 대기열은 대체됩니다.</translation>
    </message>
    <message>
        <source>Share of the images given to several annotators, so that agreement keeps being measured (default 0; 0.1 is one in ten).</source>
        <translation>일치도를 계속 측정할 수 있도록 여러 작업자에게 배정할 이미지의 비율입니다 (기본값 0, 0.1은 10개 중 1개).</translation>
    </message>
    <message>
        <source>Annotators on each shared image (default 2).</source>
        <translation>공유 이미지마다 배정할 작업자 수입니다 (기본값 2).</translation>
    </message>
    <message>
        <source>suspects needs --annotator NAME</source>
        <translation>suspects에는 --annotator NAME이 필요합니다</translation>
    </message>
    <message>
        <source>unknown suspect kind &quot;%1&quot; (kinds: %2)</source>
        <translation>알 수 없는 의심 라벨 유형입니다: &quot;%1&quot; (유형: %2)</translation>
    </message>
    <message>
        <source>--limit must be a whole number &gt;= 0</source>
        <translation>--limit은 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>lector-cli: skipped %1: the image file is missing</source>
        <translation>lector-cli: %1 건너뜀: 이미지 파일이 없습니다</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>라벨 ID</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>%1 suspects on %2 images (%3 s)
</source>
        <translation>의심 라벨 %1개, 이미지 %2개 (%3 s)
</translation>
    </message>
    <message>
        <source>against %1: kind, errors, listed, found, P@100, P@500, recall, AP
</source>
        <translation>%1 대비: 유형, 오류 수, 나열 수, 발견 수, P@100, P@500, 재현율, AP
</translation>
    </message>
    <message>
        <source>Suspect labels of one annotator, worst first: missed words, spurious, loose or shifted boxes, wrong text, bad geometry, characters outside the set, open conflicts.</source>
        <translation>한 작업자의 의심 라벨을 가장 의심스러운 순으로 나열합니다: 놓친 단어, 불필요하거나 느슨하거나 어긋난 박스, 잘못된 텍스트, 잘못된 형상, 문자 집합 밖의 문자, 미해결 충돌.</translation>
    </message>
    <message>
        <source>Whose labels to check.</source>
        <translation>검사할 라벨의 작업자.</translation>
    </message>
    <message>
        <source>Model run used as evidence.</source>
        <translation>근거로 사용할 모델 실행.</translation>
    </message>
    <message>
        <source>Kinds to list (comma separated): missed_word, spurious_box, loose_box, wrong_text, geometry, charset, disagreement.</source>
        <translation>나열할 유형 (쉼표로 구분): missed_word, spurious_box, loose_box, wrong_text, geometry, charset, disagreement.</translation>
    </message>
    <message>
        <source>At most this many suspects.</source>
        <translation>나열할 의심 라벨의 최대 개수.</translation>
    </message>
    <message>
        <source>The declared character set (default: the 99.9 % most frequent characters).</source>
        <translation>선언된 문자 집합 (기본값: 빈도 상위 99.9 %의 문자).</translation>
    </message>
    <message>
        <source>Annotators whose labels are no evidence (comma separated).</source>
        <translation>라벨을 근거로 사용하지 않을 작업자 (쉼표로 구분).</translation>
    </message>
    <message>
        <source>Only suspects in this slice, dimension:bin (height, aspect, rotation, text_length, script; e.g. script:hangul).</source>
        <translation>이 슬라이스에 속한 의심 라벨만. 형식은 dimension:bin (height, aspect, rotation, text_length, script; 예: script:hangul).</translation>
    </message>
    <message>
        <source>A ground-truth annotator: also print the finder&apos;s precision, recall and AP per kind against it (and leave it out of the evidence).</source>
        <translation>정답 작업자: 이 작업자 대비 의심 라벨 찾기의 유형별 정밀도, 재현율, AP도 출력합니다 (이 작업자는 근거에서 제외됩니다).</translation>
    </message>
    <message>
        <source>team takes a server project&apos;s postgresql:// URL</source>
        <translation>team에는 서버 프로젝트의 postgresql:// URL을 지정해야 합니다</translation>
    </message>
    <message>
        <source>team roles and policies are in place
</source>
        <translation>팀 역할과 정책이 준비되었습니다
</translation>
    </message>
    <message>
        <source>--role takes annotator, reviewer or lead</source>
        <translation>--role에는 annotator, reviewer 또는 lead를 지정해야 합니다</translation>
    </message>
    <message>
        <source>password for %1: </source>
        <translation>%1의 비밀번호: </translation>
    </message>
    <message>
        <source>%1 is a member as %2 (%3)
</source>
        <translation>%1은(는) %2 역할의 구성원입니다 (%3)
</translation>
    </message>
    <message>
        <source>A server project&apos;s members and their roles (annotator, reviewer, lead), enforced by PostgreSQL.</source>
        <translation>서버 프로젝트의 구성원과 그 역할(annotator, reviewer, lead)을 관리합니다. 역할은 PostgreSQL이 강제합니다.</translation>
    </message>
    <message>
        <source>Make the project&apos;s group roles and row-level security (init --server does).</source>
        <translation>프로젝트의 그룹 역할과 행 수준 보안을 만듭니다 (init --server도 이 작업을 합니다).</translation>
    </message>
    <message>
        <source>Make a database user a member (created when missing).</source>
        <translation>데이터베이스 사용자를 구성원으로 추가합니다 (없으면 새로 만듭니다).</translation>
    </message>
    <message>
        <source>With --add: annotator (default), reviewer or lead.</source>
        <translation>--add와 함께: annotator(기본값), reviewer 또는 lead.</translation>
    </message>
    <message>
        <source>With --add: set the user&apos;s password, read from the terminal (or a line of stdin).</source>
        <translation>--add와 함께: 터미널(또는 표준 입력의 한 줄)에서 읽은 비밀번호를 사용자에게 설정합니다.</translation>
    </message>
    <message>
        <source>copied %1
    to %2
</source>
        <translation>%1을(를)
    %2(으)로 복사했습니다
</translation>
    </message>
    <message>
        <source>  %1 %2 rows  sha256 %3
</source>
        <translation>  %1 %2행  sha256 %3
</translation>
    </message>
    <message>
        <source>%1 rows; counts and checksums equal on both sides; project sha256 %2
</source>
        <translation>%1행. 양쪽의 개수와 체크섬이 같습니다. 프로젝트 sha256 %2
</translation>
    </message>
    <message>
        <source>watch takes a server project&apos;s postgresql:// URL: a project file has nobody else to watch</source>
        <translation>watch에는 서버 프로젝트의 postgresql:// URL을 지정해야 합니다: 프로젝트 파일에는 지켜볼 다른 사람이 없습니다</translation>
    </message>
    <message>
        <source>--for takes a number of seconds above 0</source>
        <translation>--for에는 0보다 큰 초 단위 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--count takes a whole number of changes, 1 or more</source>
        <translation>--count에는 1 이상의 정수(변경 수)를 지정해야 합니다</translation>
    </message>
    <message>
        <source>watching %1 (%2)%3</source>
        <translation>%1 (%2)의 변경을 지켜보는 중%3</translation>
    </message>
    <message>
        <source> for %1 s</source>
        <translation> (%1초 동안)</translation>
    </message>
    <message>
        <source>; Ctrl+C stops</source>
        <translation>; Ctrl+C로 중지합니다</translation>
    </message>
    <message>
        <source>%1 %2 (image %3)
</source>
        <translation>%1 %2 (이미지 %3)
</translation>
    </message>
    <message>
        <source>Print what other members change in a server project as it happens: labels, states, conflicts, queues and guideline versions, one line each (the IDE&apos;s live updates).</source>
        <translation>서버 프로젝트에서 다른 구성원이 바꾸는 내용(라벨, 상태, 충돌, 대기열, 가이드 버전)을 바뀌는 즉시 한 줄씩 출력합니다 (IDE의 실시간 업데이트).</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>이 시간(초)이 지나면 멈춥니다.</translation>
    </message>
    <message>
        <source>Stop after this many changes.</source>
        <translation>변경을 이 개수만큼 출력하면 멈춥니다.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>한 줄에 JSON 객체 하나씩 출력합니다.</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>사용자 명령</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>the Lector labeling IDE for OCR datasets, from the command line</source>
        <translation>명령행에서 쓰는 Lector, OCR 데이터셋 라벨링 IDE</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>사용법</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>lector-cli runs Lector&apos;s core on a project store: an SQLite file (\fINAME\fB.lector\fR) or a project on a PostgreSQL server (a \fBpostgresql://\fR URL). It imports and exports label sets, measures agreement and label noise, pre-labels with Tesseract, evaluates model runs, and moves projects between a file and a server. Imports are all or nothing; errors are one line on standard error naming the file and the problem.</source>
        <translation>lector-cli는 프로젝트 저장소에서 Lector의 코어를 실행합니다. 저장소는 SQLite 파일(\fINAME\fB.lector\fR)이거나 PostgreSQL 서버의 프로젝트(\fBpostgresql://\fR URL)입니다. 라벨 세트를 가져오고 내보내며, 일치도와 라벨 노이즈를 측정하고, Tesseract로 사전 라벨링하고, 모델 실행을 평가하고, 프로젝트를 파일과 서버 사이에서 옮깁니다. 가져오기는 전부 되거나 전혀 되지 않으며, 오류는 표준 오류에 파일과 문제를 밝힌 한 줄로 나옵니다.</translation>
    </message>
    <message>
        <source>\fBlector\fR(1) is the IDE over the same stores.</source>
        <translation>\fBlector\fR(1)은 같은 저장소를 다루는 IDE입니다.</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Every command also takes:</source>
        <translation>모든 명령은 다음 옵션도 받습니다:</translation>
    </message>
    <message>
        <source>For a server project: the folder this workstation finds its images in (default \fB$LECTOR_IMAGE_ROOT\fR, else the folder it was pushed from).</source>
        <translation>서버 프로젝트의 경우: 이 워크스테이션에서 이미지를 찾을 폴더 (기본값은 \fB$LECTOR_IMAGE_ROOT\fR, 없으면 푸시한 폴더).</translation>
    </message>
    <message>
        <source>The command&apos;s usage and options.</source>
        <translation>명령의 사용법과 옵션을 보여 줍니다.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Where this workstation finds a server project&apos;s images.</source>
        <translation>이 워크스테이션에서 서버 프로젝트의 이미지를 찾을 위치.</translation>
    </message>
    <message>
        <source>The largest image an import or a check decodes (default 250; 0: no limit).</source>
        <translation>가져오기나 검사가 디코딩할 가장 큰 이미지 (메가픽셀, 기본값 250; 0: 제한 없음).</translation>
    </message>
    <message>
        <source>Set it to 1 before a command that runs Tesseract on shared cores.</source>
        <translation>코어를 함께 쓰는 컴퓨터에서 Tesseract를 실행하는 명령 전에 1로 설정하십시오.</translation>
    </message>
    <message>
        <source>The language of the help, the errors and the sentences a command prints (English or Korean; LC_ALL=C is English). What scripts read is the same in every language: option names, exit codes, JSON keys and identifiers, CSV columns.</source>
        <translation>도움말, 오류, 명령이 출력하는 문장의 언어 (영어 또는 한국어; LC_ALL=C는 영어). 스크립트가 읽는 것은 어느 언어에서나 같습니다: 옵션 이름, 종료 코드, JSON 키와 식별자, CSV 열.</translation>
    </message>
    <message>
        <source>Read by libpq for a server project: passwords come from the prompt, \fI~/.pgpass\fR or the keyring, never from the project.</source>
        <translation>서버 프로젝트에서 libpq가 읽습니다. 비밀번호는 프롬프트, \fI~/.pgpass\fR 또는 키링에서 오며, 프로젝트에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>종료 상태</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>성공.</translation>
    </message>
    <message>
        <source>A user error: bad arguments, a missing or malformed file, a locked or read-only store; one line on standard error says which.</source>
        <translation>사용자 오류: 잘못된 인자, 없거나 형식이 잘못된 파일, 잠겼거나 읽기 전용인 저장소. 표준 오류의 한 줄이 무엇인지 알려 줍니다.</translation>
    </message>
    <message>
        <source>An internal error (a bug).</source>
        <translation>내부 오류 (버그).</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>\fBlector\fR(1); the manual in /usr/share/doc/lector and Help \(-&gt; Manual in the IDE.</source>
        <translation>\fBlector\fR(1); /usr/share/doc/lector의 설명서와 IDE의 도움말 \(-&gt; 설명서.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>majority: no word, inside the word &quot;%1&quot; (P %2)</source>
        <translation>다수결: 단어 아님, 단어 &quot;%1&quot; 안에 있음 (P %2)</translation>
    </message>
    <message>
        <source>majority: no word (P %1)</source>
        <translation>다수결: 단어 아님 (P %1)</translation>
    </message>
    <message>
        <source>majority: word (P %1)</source>
        <translation>다수결: 단어 (P %1)</translation>
    </message>
    <message>
        <source>, reading &quot;%1&quot; (P %2)</source>
        <translation>, 텍스트 &quot;%1&quot; (P %2)</translation>
    </message>
    <message>
        <source>, box (P %1)</source>
        <translation>, 박스 (P %1)</translation>
    </message>
    <message>
        <source>consensus canceled; nothing was written</source>
        <translation>합의안 생성이 취소되었습니다. 아무것도 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <source>words per image</source>
        <translation>이미지당 단어 수</translation>
    </message>
    <message>
        <source>box height</source>
        <translation>박스 높이</translation>
    </message>
    <message>
        <source>box width</source>
        <translation>박스 너비</translation>
    </message>
    <message>
        <source>aspect ratio</source>
        <translation>종횡비</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>transcription length</source>
        <translation>전사 텍스트 길이</translation>
    </message>
    <message>
        <source> characters</source>
        <translation>자</translation>
    </message>
    <message>
        <source>script</source>
        <translation>문자 체계</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>guideline version</source>
        <translation>가이드 버전</translation>
    </message>
    <message>
        <source>%1 character “%2”</source>
        <translation>%1 문자 “%2”</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>이미지 %1개</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>이미지 %1개</translation>
    </message>
    <message>
        <source>%1: there is no annotator named “%2”</source>
        <translation>%1: “%2”(이)라는 작업자가 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 stored regions have unreadable geometry</source>
        <translation>%1: 저장된 영역 %2개의 형상을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>라틴 문자</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>한글</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>기호</translation>
    </message>
    <message>
        <source>Other scripts</source>
        <translation>기타 문자 체계</translation>
    </message>
    <message>
        <source>Images per batch</source>
        <translation>배치별 이미지 수</translation>
    </message>
    <message>
        <source>Images per split</source>
        <translation>분할별 이미지 수</translation>
    </message>
    <message>
        <source>Image size (px)</source>
        <translation>이미지 크기 (px)</translation>
    </message>
    <message>
        <source>Image size (megapixels)</source>
        <translation>이미지 크기 (메가픽셀)</translation>
    </message>
    <message>
        <source>Words per image</source>
        <translation>이미지당 단어 수</translation>
    </message>
    <message>
        <source>Box height (px)</source>
        <translation>박스 높이 (px)</translation>
    </message>
    <message>
        <source>Box width (px)</source>
        <translation>박스 너비 (px)</translation>
    </message>
    <message>
        <source>Aspect ratio (width / height)</source>
        <translation>종횡비 (너비 / 높이)</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>회전 (도)</translation>
    </message>
    <message>
        <source>Transcription length (characters)</source>
        <translation>전사 텍스트 길이 (문자 수)</translation>
    </message>
    <message>
        <source>Script of the transcription</source>
        <translation>전사 텍스트의 문자 체계</translation>
    </message>
    <message>
        <source>Most frequent characters: %1</source>
        <translation>가장 많이 나온 문자: %1</translation>
    </message>
    <message>
        <source>Labels per annotator</source>
        <translation>작업자별 라벨 수</translation>
    </message>
    <message>
        <source>Labels per guideline version</source>
        <translation>가이드 버전별 라벨 수</translation>
    </message>
    <message>
        <source>too few values to judge (%1 and %2; at least %3 a side)</source>
        <translation>판정하기에 값이 너무 적습니다 (%1개와 %2개, 한쪽에 최소 %3개 필요)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of days (YYYY-MM-DD..YYYY-MM-DD, the first day not after the last)</source>
        <translation>&apos;%1&apos;은(는) 날짜 범위가 아닙니다 (YYYY-MM-DD..YYYY-MM-DD 형식, 첫날이 마지막 날보다 늦지 않아야 함)</translation>
    </message>
    <message>
        <source>a drift side needs a batch name or a range of days</source>
        <translation>드리프트 비교의 각 쪽에는 배치 이름 또는 날짜 범위가 필요합니다</translation>
    </message>
    <message>
        <source>Wasserstein (normed)</source>
        <translation>Wasserstein (정규화)</translation>
    </message>
    <message>
        <source>one value on both sides (%1): nothing to compare</source>
        <translation>양쪽 모두 값이 하나뿐입니다 (%1): 비교할 것이 없습니다</translation>
    </message>
    <message>
        <source>%1: %2 of %3 properties drifted (share %4 %5 %6)</source>
        <translation>%1: 속성 %3개 중 %2개에 드리프트가 있습니다 (비율 %4 %5 %6)</translation>
    </message>
    <message>
        <source>Dataset drift</source>
        <translation>데이터셋 드리프트 있음</translation>
    </message>
    <message>
        <source>No dataset drift</source>
        <translation>데이터셋 드리프트 없음</translation>
    </message>
    <message>
        <source>the image is missing</source>
        <translation>이미지가 없습니다</translation>
    </message>
    <message>
        <source>measuring the images was canceled</source>
        <translation>이미지 측정이 취소되었습니다</translation>
    </message>
    <message>
        <source>Brightness (mean intensity, 0–255)</source>
        <translation>밝기 (평균 강도, 0–255)</translation>
    </message>
    <message>
        <source>Contrast (intensity deviation)</source>
        <translation>대비 (강도 편차)</translation>
    </message>
    <message>
        <source>Sharpness (Laplacian variance; low is blurred)</source>
        <translation>선명도 (라플라시안 분산, 낮으면 흐림)</translation>
    </message>
    <message>
        <source>Skew (degrees)</source>
        <translation>기울기 (도)</translation>
    </message>
    <message>
        <source>Image width (px)</source>
        <translation>이미지 너비 (px)</translation>
    </message>
    <message>
        <source>Image height (px)</source>
        <translation>이미지 높이 (px)</translation>
    </message>
    <message>
        <source>Box height (px, an image&apos;s median)</source>
        <translation>박스 높이 (px, 이미지별 중앙값)</translation>
    </message>
    <message>
        <source>Box aspect ratio (width / height, an image&apos;s median)</source>
        <translation>박스 종횡비 (너비 / 높이, 이미지별 중앙값)</translation>
    </message>
    <message>
        <source>Text length (characters, an image&apos;s mean)</source>
        <translation>텍스트 길이 (문자 수, 이미지별 평균)</translation>
    </message>
    <message>
        <source>Script (words)</source>
        <translation>문자 체계 (단어)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>Prediction confidence (an image&apos;s mean)</source>
        <translation>예측 신뢰도 (이미지별 평균)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (모두 %1개)</translation>
    </message>
    <message>
        <source>the project has no batch &apos;%1&apos; (its batches: %2)</source>
        <translation>프로젝트에 배치 &apos;%1&apos;이(가) 없습니다 (배치: %2)</translation>
    </message>
    <message>
        <source>the baseline and the current batch are the same (%1)</source>
        <translation>기준과 현재 배치가 같습니다 (%1)</translation>
    </message>
    <message>
        <source>the project has no annotator &apos;%1&apos;</source>
        <translation>프로젝트에 작업자 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the project has no run &apos;%1&apos;</source>
        <translation>프로젝트에 모델 실행 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: no image of the project is in %2</source>
        <translation>%1: %2에 속한 프로젝트 이미지가 없습니다</translation>
    </message>
    <message>
        <source>the drift report was canceled</source>
        <translation>드리프트 보고서 작성이 취소되었습니다</translation>
    </message>
    <message>
        <source>the project has no prediction run</source>
        <translation>프로젝트에 예측 모델 실행이 없습니다</translation>
    </message>
    <message>
        <source>Annotator speed</source>
        <translation>작업자 속도</translation>
    </message>
    <message>
        <source>Conflicts by kind</source>
        <translation>유형별 충돌</translation>
    </message>
    <message>
        <source>Conflicts by status</source>
        <translation>상태별 충돌</translation>
    </message>
    <message>
        <source>Agreement by annotator pair (recall over a&apos;s regions, precision over b&apos;s, CER over the mean length of the two)</source>
        <translation>작업자 쌍별 일치도 (재현율은 a의 영역 기준, 정밀도는 b의 영역 기준, CER은 두 텍스트의 평균 길이 기준)</translation>
    </message>
    <message>
        <source>Agreement by slice (all pairs pooled)</source>
        <translation>슬라이스별 일치도 (모든 쌍 합산)</translation>
    </message>
    <message>
        <source>Agreement by guideline version (all pairs pooled)</source>
        <translation>가이드 버전별 일치도 (모든 쌍 합산)</translation>
    </message>
    <message>
        <source>Agreement by image (worst first, all pairs pooled)</source>
        <translation>이미지별 일치도 (낮은 순, 모든 쌍 합산)</translation>
    </message>
    <message>
        <source>Agreement before and after each guideline change, on the slices it is about</source>
        <translation>가이드 변경 전후의 일치도 (변경과 관련된 슬라이스 기준)</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>작성 시각: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no labels to compare with</source>
        <translation>&quot;%1&quot;에는 비교할 라벨이 없습니다</translation>
    </message>
    <message>
        <source>there is neither a reference nor a consensus to compare with (build the consensus first, or name the truth)</source>
        <translation>비교할 reference도 합의안도 없습니다 (먼저 합의안을 만들거나 정답으로 삼을 작업자를 지정하십시오)</translation>
    </message>
    <message>
        <source>there is no annotator &quot;%1&quot;</source>
        <translation>작업자 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the truth: compare another annotator with it</source>
        <translation>&quot;%1&quot;은(는) 정답입니다: 다른 작업자를 이 정답과 비교하십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; labeled no image that &quot;%2&quot; labeled</source>
        <translation>&quot;%1&quot;은(는) &quot;%2&quot;이(가) 라벨링한 이미지를 하나도 라벨링하지 않았습니다</translation>
    </message>
    <message>
        <source>feedback canceled</source>
        <translation>피드백 작성이 취소되었습니다</translation>
    </message>
    <message>
        <source>Feedback for %1</source>
        <translation>%1 피드백</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Feedback for %1&lt;/h1&gt;
&lt;p&gt;Your labels on %2 images compared with &lt;b&gt;%3&lt;/b&gt; (ICDAR 2015 matching: a box matches a %3 word when their overlap is above one half).&lt;/p&gt;
</source>
        <translation>&lt;h1&gt;%1 피드백&lt;/h1&gt;
&lt;p&gt;이미지 %2개에 대한 내 라벨을 &lt;b&gt;%3&lt;/b&gt;와(과) 비교했습니다 (ICDAR 2015 매칭: 박스와 %3 단어의 겹침이 절반을 넘으면 일치로 봅니다).&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Agreement&lt;/h2&gt;
&lt;p&gt;&lt;span class=&quot;big&quot;&gt;%1&lt;/span&gt; of the words read right end to end (box and text); %2 of the words boxed; %3 of your boxes are words.&lt;/p&gt;
</source>
        <translation>&lt;h2&gt;일치도&lt;/h2&gt;
&lt;p&gt;단어의 &lt;span class=&quot;big&quot;&gt;%1&lt;/span&gt;을(를) 엔드투엔드로(박스와 텍스트 모두) 정확히 읽었습니다. 단어의 %2에 박스를 그렸고, 내 박스의 %3이(가) 단어입니다.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>boxed</source>
        <translation>박스 그림</translation>
    </message>
    <message>
        <source>read right</source>
        <translation>정확히 읽음</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (you)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (나)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;
&lt;h2&gt;Where your labels differ&lt;/h2&gt;
&lt;table&gt;</source>
        <translation>&lt;/table&gt;
&lt;h2&gt;내 라벨이 다른 곳&lt;/h2&gt;
&lt;table&gt;</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>what it means</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>놓침</translation>
    </message>
    <message>
        <source>a word with no box of yours</source>
        <translation>내 박스가 없는 단어</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>a box of yours on no word</source>
        <translation>단어가 없는 곳에 그린 내 박스</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>느슨함</translation>
    </message>
    <message>
        <source>a box that matches but fits the word loosely</source>
        <translation>일치하지만 단어에 느슨하게 맞는 박스</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a box with another transcription</source>
        <translation>전사 텍스트가 다른 박스</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>illegible set on one side only</source>
        <translation>한쪽에만 판독 불가가 표시됨</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Characters you most often read otherwise&lt;/h2&gt;
&lt;table&gt;</source>
        <translation>&lt;h2&gt;내가 가장 자주 다르게 읽은 문자&lt;/h2&gt;
&lt;table&gt;</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>인쇄된 문자</translation>
    </message>
    <message>
        <source>you typed</source>
        <translation>내가 입력한 문자</translation>
    </message>
    <message>
        <source>times</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>&lt;/table&gt;
&lt;p&gt;∅: nothing (a character left out or added); ␣: a space.&lt;/p&gt;
</source>
        <translation>&lt;/table&gt;
&lt;p&gt;∅: 없음 (빠지거나 추가된 문자), ␣: 공백.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Guideline rules&lt;/h2&gt;
&lt;p&gt;The slices each guideline version is about, and how your words there compare with everybody else&apos;s.&lt;/p&gt;
&lt;table&gt;</source>
        <translation>&lt;h2&gt;가이드 규칙&lt;/h2&gt;
&lt;p&gt;각 가이드 버전과 관련된 슬라이스, 그리고 그 슬라이스에서 내 단어를 다른 모든 작업자의 단어와 비교한 결과입니다.&lt;/p&gt;
&lt;table&gt;</translation>
    </message>
    <message>
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>슬라이스</translation>
    </message>
    <message>
        <source>your words</source>
        <translation>내 단어</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <source>you</source>
        <translation>나</translation>
    </message>
    <message>
        <source>the others</source>
        <translation>다른 작업자</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Speed&lt;/h2&gt;
&lt;p&gt;%1 boxes in %2 active hours: %3 boxes an hour (the team&apos;s median %4), %5 s a box (median), %6 corrections a box.&lt;/p&gt;
</source>
        <translation>&lt;h2&gt;속도&lt;/h2&gt;
&lt;p&gt;활동 시간 %2시간 동안 박스 %1개: 시간당 박스 %3개 (팀 중앙값 %4개), 박스당 %5초 (중앙값), 박스당 수정 %6회.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your last batches&lt;/h2&gt;
&lt;table&gt;</source>
        <translation>&lt;h2&gt;내 최근 배치&lt;/h2&gt;
&lt;table&gt;</translation>
    </message>
    <message>
        <source>Least confidence, diversity and rare slices in turn: uncertain pages without losing coverage.</source>
        <translation>least-confidence, diversity, rare-slices를 번갈아 적용합니다: 커버리지를 잃지 않으면서 불확실한 페이지를 고릅니다.</translation>
    </message>
    <message>
        <source>Pages the model is least sure of: the highest mean (1 - confidence) of a run&apos;s words.</source>
        <translation>모델이 가장 확신하지 못하는 페이지: 모델 실행의 단어별 (1 - 신뢰도) 평균이 가장 높은 페이지를 고릅니다.</translation>
    </message>
    <message>
        <source>Pages whose words sit nearest the model&apos;s doubt: the lowest mean |2 confidence - 1| of a run&apos;s words.</source>
        <translation>단어가 모델의 판단 경계에 가장 가까운 페이지: 모델 실행의 단어별 |2 신뢰도 - 1| 평균이 가장 낮은 페이지를 고릅니다.</translation>
    </message>
    <message>
        <source>Pages two or more annotators labeled, worst agreement first: to label again or to review.</source>
        <translation>작업자 2명 이상이 라벨링한 페이지를 일치도가 낮은 순으로 고릅니다: 다시 라벨링하거나 검수할 대상입니다.</translation>
    </message>
    <message>
        <source>Pages where two model runs read differently: the lowest end-to-end F1 of one run against the other.</source>
        <translation>두 모델 실행이 다르게 읽은 페이지: 한 모델 실행을 다른 모델 실행과 비교한 엔드투엔드 F1이 가장 낮은 페이지를 고릅니다.</translation>
    </message>
    <message>
        <source>Pages unlike anything labeled: k-center greedy over the image hashes, farthest page first.</source>
        <translation>라벨링된 어떤 이미지와도 다른 페이지: 이미지 해시에 대한 k-center greedy로 가장 먼 페이지부터 고릅니다.</translation>
    </message>
    <message>
        <source>Pages of batches, sizes and scripts the labeled images under-represent.</source>
        <translation>라벨링된 이미지에 적게 나타나는 배치, 크기, 문자 체계의 페이지를 고릅니다.</translation>
    </message>
    <message>
        <source>A seeded random pick: the baseline the other strategies are measured against.</source>
        <translation>시드를 지정한 무작위 선택: 다른 전략을 평가하는 기준입니다.</translation>
    </message>
    <message>
        <source>there is no run &quot;%1&quot; (runs: %2)</source>
        <translation>모델 실행 &quot;%1&quot;이(가) 없습니다 (모델 실행: %2)</translation>
    </message>
    <message>
        <source>selection canceled</source>
        <translation>선택이 취소되었습니다</translation>
    </message>
    <message>
        <source>%1 needs a model run&apos;s predictions, and the project has none (lector-cli autolabel makes one)</source>
        <translation>%1에는 모델 실행의 예측이 필요하지만 프로젝트에 없습니다 (lector-cli autolabel로 만들 수 있습니다)</translation>
    </message>
    <message>
        <source>run-disagreement needs a second run to compare with, other than &quot;%1&quot;</source>
        <translation>run-disagreement에는 &quot;%1&quot; 외에 비교할 두 번째 모델 실행이 필요합니다</translation>
    </message>
    <message>
        <source>%1 images have no hashes yet and were left out of diversity (Find Duplicates, or lector-cli dedup, hashes them)</source>
        <translation>이미지 %1개는 아직 해시가 없어 diversity에서 제외되었습니다 (중복 찾기 또는 lector-cli dedup으로 해시할 수 있습니다)</translation>
    </message>
    <message>
        <source>every image is labeled: include labeled images to choose among them</source>
        <translation>모든 이미지가 라벨링되었습니다: 그중에서 선택하려면 라벨링된 이미지를 포함하십시오</translation>
    </message>
    <message>
        <source>no model run: mixed takes diversity and rare slices only</source>
        <translation>모델 실행 없음: mixed는 diversity와 rare-slices만 사용합니다</translation>
    </message>
    <message>
        <source>assigning a queue needs annotators</source>
        <translation>대기열을 배정하려면 작업자가 필요합니다</translation>
    </message>
    <message>
        <source>the annotator &quot;%1&quot; is named twice</source>
        <translation>작업자 &quot;%1&quot;이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>the overlap is a share from 0 to 1</source>
        <translation>중복 배정 비율은 0에서 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>an overlapping image goes to at least two annotators</source>
        <translation>중복 배정 이미지는 작업자 2명 이상에게 배정해야 합니다</translation>
    </message>
    <message>
        <source>no annotator %1 or %2</source>
        <translation>작업자 %1 또는 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>no label where %1 found a word</source>
        <translation>%1이(가) 단어를 찾은 곳에 라벨 없음</translation>
    </message>
    <message>
        <source>self-crossing quad</source>
        <translation>스스로 교차하는 4점 박스</translation>
    </message>
    <message>
        <source>degenerate region</source>
        <translation>퇴화된 영역</translation>
    </message>
    <message>
        <source>outside the image</source>
        <translation>이미지 밖</translation>
    </message>
    <message>
        <source>one box around %1 words of %2</source>
        <translation>%2의 단어 %1개를 감싸는 박스 하나</translation>
    </message>
    <message>
        <source>no prediction or other label overlaps it by IoU %1</source>
        <translation>IoU %1 이상 겹치는 예측이나 다른 라벨 없음</translation>
    </message>
    <message>
        <source>best match IoU %1</source>
        <translation>최적 매칭 IoU %1</translation>
    </message>
    <message>
        <source>height %1× its line&apos;s</source>
        <translation>높이가 줄 높이의 %1배</translation>
    </message>
    <message>
        <source>&quot;%1&quot; where %2 read &quot;%3&quot;</source>
        <translation>&quot;%1&quot; (%2은(는) &quot;%3&quot;(으)로 읽음)</translation>
    </message>
    <message>
        <source>suspect search canceled</source>
        <translation>의심 라벨 찾기가 취소되었습니다</translation>
    </message>
    <message>
        <source>characters outside the character set: %1</source>
        <translation>문자 집합 밖의 문자: %1</translation>
    </message>
    <message>
        <source>no annotator named %1</source>
        <translation>%1(이)라는 작업자가 없습니다</translation>
    </message>
    <message>
        <source>no model run named %1</source>
        <translation>%1(이)라는 모델 실행이 없습니다</translation>
    </message>
    <message>
        <source>in an open conflict</source>
        <translation>미해결 충돌에 있음</translation>
    </message>
    <message>
        <source>unknown slice %1 (one of %2)</source>
        <translation>알 수 없는 슬라이스입니다: %1 (%2 중 하나를 지정하십시오)</translation>
    </message>
    <message>
        <source>hashing was canceled</source>
        <translation>해시 작업이 취소되었습니다</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소되었습니다</translation>
    </message>
    <message>
        <source>the image does not decode</source>
        <translation>이미지를 디코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>no header size</source>
        <translation>헤더에 크기 정보가 없습니다</translation>
    </message>
    <message>
        <source>the image does not decode (corrupt or unsupported)</source>
        <translation>이미지를 디코딩할 수 없습니다 (손상되었거나 지원되지 않는 형식)</translation>
    </message>
    <message>
        <source>image not found</source>
        <translation>이미지를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>the image is truncated (premature end of the %1 data)</source>
        <translation>이미지가 잘려 있습니다 (%1 데이터가 도중에 끝남)</translation>
    </message>
    <message>
        <source>the image does not decode (%1: %2)</source>
        <translation>이미지를 디코딩할 수 없습니다 (%1: %2)</translation>
    </message>
    <message>
        <source>a CMYK JPEG has no RGB rows</source>
        <translation>CMYK JPEG에는 RGB 행이 없습니다</translation>
    </message>
    <message>
        <source>not enough memory to decode the image</source>
        <translation>이미지를 디코딩할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>an interlaced PNG comes in passes</source>
        <translation>인터레이스 PNG는 여러 패스로 나뉘어 있습니다</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels (%3 megapixels), above the limit of %4 megapixels (raise it with --max-megapixels or LECTOR_MAX_MEGAPIXELS)</source>
        <translation>이미지가 %1×%2 픽셀(%3 메가픽셀)로 한도인 %4 메가픽셀을 넘습니다 (--max-megapixels 또는 LECTOR_MAX_MEGAPIXELS로 한도를 높이십시오)</translation>
    </message>
    <message>
        <source>detection %1</source>
        <translation>검출 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list or an object</source>
        <translation>&quot;%1&quot;은(는) 목록 또는 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1은(는) JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>must be an integer or a file name</source>
        <translation>값은 정수 또는 파일 이름이어야 합니다</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>값은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>값은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>값은 숫자 목록이어야 합니다</translation>
    </message>
    <message>
        <source>holds a value that is not a finite number</source>
        <translation>값에 유한한 숫자가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>어노테이션 %1</translation>
    </message>
    <message>
        <source>%1 has no image_id</source>
        <translation>%1에 image_id가 없습니다</translation>
    </message>
    <message>
        <source>%1.bbox must have 4 numbers [x, y, width, height], found %2</source>
        <translation>%1.bbox에는 숫자 4개 [x, y, width, height]가 있어야 하는데 %2개가 있습니다</translation>
    </message>
    <message>
        <source>%1.bbox has a negative width or height</source>
        <translation>%1.bbox의 너비 또는 높이가 음수입니다</translation>
    </message>
    <message>
        <source>%1 has a polygon of %2 numbers (need an even count, at least 6) and no bbox</source>
        <translation>%1의 다각형은 숫자 %2개로 되어 있고(6개 이상의 짝수 개가 필요함) bbox도 없습니다</translation>
    </message>
    <message>
        <source>%1 has neither a bbox nor a segmentation</source>
        <translation>%1에 bbox도 segmentation도 없습니다</translation>
    </message>
    <message>
        <source>%1.file_name must be a string</source>
        <translation>%1.file_name은(는) 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>%1.%2 must be a non-negative number</source>
        <translation>%1.%2은(는) 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>%1에 id가 없습니다</translation>
    </message>
    <message>
        <source>%1 has no file_name</source>
        <translation>%1에 file_name이 없습니다</translation>
    </message>
    <message>
        <source>%1 repeats the image id </source>
        <translation>%1에서 중복된 이미지 ID: </translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: image file %2 not found in %3</source>
        <translation>%1: %3에서 이미지 파일 %2을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>not a COCO file: no &quot;images&quot; list</source>
        <translation>COCO 파일이 아닙니다: &quot;images&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <source>%1 refers to image_id %2, which is not in the images list</source>
        <translation>%1이(가) 가리키는 image_id %2이(가) images 목록에 없습니다</translation>
    </message>
    <message>
        <source>the reference file has no &quot;images&quot; list to map image ids to files</source>
        <translation>정답 파일에 이미지 ID를 파일에 대응시킬 &quot;images&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <source>it is not in the reference file&apos;s images and no image file has that name</source>
        <translation>정답 파일의 이미지에 없고, 그 이름의 이미지 파일도 없습니다</translation>
    </message>
    <message>
        <source>no image file has that name; results files name images by id, so give the COCO ground truth as the reference file (lector-cli --reference FILE)</source>
        <translation>그 이름의 이미지 파일이 없습니다. 결과 파일은 이미지를 ID로 가리키므로 COCO 정답을 정답 파일로 지정하십시오 (lector-cli --reference FILE)</translation>
    </message>
    <message>
        <source>%1 refers to image_id %2: %3</source>
        <translation>%1이(가) image_id %2을(를) 가리킵니다: %3</translation>
    </message>
    <message>
        <source>%1 detections have no score; they were given confidence 1</source>
        <translation>검출 %1개에 점수가 없어 신뢰도 1을 부여했습니다</translation>
    </message>
    <message>
        <source>region %1 has an invalid polygon</source>
        <translation>영역 %1의 다각형이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>two images have the id %1</source>
        <translation>두 이미지의 ID가 모두 %1입니다</translation>
    </message>
    <message>
        <source>the folder has no %1 or %2</source>
        <translation>폴더에 %1 또는 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>image and box counts must not be negative</source>
        <translation>이미지 수와 박스 수는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>이미지를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>이미지를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>only images marked done takes an annotator&apos;s labels: images are marked done by annotators, not by runs</source>
        <translation>완료 표시된 이미지만 내보내기는 작업자의 라벨에만 쓸 수 있습니다: 이미지는 모델 실행이 아니라 작업자가 완료 표시합니다</translation>
    </message>
    <message>
        <source>recognition crops are written by the ppocrlabel format only</source>
        <translation>인식용 크롭은 ppocrlabel 형식에서만 기록됩니다</translation>
    </message>
    <message>
        <source>transcriptions in result files are for a run&apos;s results in the icdar2015 format</source>
        <translation>결과 파일의 전사 텍스트는 모델 실행의 결과를 icdar2015 형식으로 내보낼 때만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>%1 polygons written as their bounding box</source>
        <translation>경계 박스로 기록된 다각형 %1개</translation>
    </message>
    <message>
        <source>%1 regions with fractional corners rounded to whole pixels</source>
        <translation>꼭짓점 좌표의 소수점 이하를 정수 픽셀로 반올림한 영역 %1개</translation>
    </message>
    <message>
        <source>%1 quadrilaterals written with their corners in another order</source>
        <translation>꼭짓점을 다른 순서로 기록한 4점 박스 %1개</translation>
    </message>
    <message>
        <source>%1 transcriptions left out</source>
        <translation>제외된 전사 텍스트 %1개</translation>
    </message>
    <message>
        <source>%1 transcriptions with line breaks or tabs written with spaces</source>
        <translation>줄 바꿈이나 탭을 공백으로 바꿔 기록한 전사 텍스트 %1개</translation>
    </message>
    <message>
        <source>%1 ordinary words whose text the tool reads as don&apos;t care</source>
        <translation>대상 도구가 텍스트를 무시 영역(don&apos;t care)으로 읽는 일반 단어 %1개</translation>
    </message>
    <message>
        <source>%1 words without text, which the format reads as illegible</source>
        <translation>이 형식이 판독 불가로 읽는, 텍스트가 없는 단어 %1개</translation>
    </message>
    <message>
        <source>%1 illegible flags left out</source>
        <translation>제외된 판독 불가 표시 %1개</translation>
    </message>
    <message>
        <source>%1 illegible words written as don&apos;t care (###)</source>
        <translation>무시 영역(###)으로 기록된 판독 불가 단어 %1개</translation>
    </message>
    <message>
        <source>%1 don&apos;t-care regions written as ordinary words</source>
        <translation>일반 단어로 기록된 무시 영역 %1개</translation>
    </message>
    <message>
        <source>%1 don&apos;t-care regions written as illegible words</source>
        <translation>판독 불가 단어로 기록된 무시 영역 %1개</translation>
    </message>
    <message>
        <source>%1 don&apos;t-care regions left out</source>
        <translation>제외된 무시 영역 %1개</translation>
    </message>
    <message>
        <source>%1 confidences left out</source>
        <translation>제외된 신뢰도 %1개</translation>
    </message>
    <message>
        <source>%1 confidences outside [0, 1] written as 0 or 1</source>
        <translation>0 또는 1로 기록된, [0, 1] 범위를 벗어난 신뢰도 %1개</translation>
    </message>
    <message>
        <source>%1 script tags left out</source>
        <translation>제외된 문자 체계 태그 %1개</translation>
    </message>
    <message>
        <source>%1 images not marked done written as checked</source>
        <translation>체크됨으로 기록된, 완료 표시되지 않은 이미지 %1개</translation>
    </message>
    <message>
        <source>%1 images not named img_&lt;number&gt;, which the RRC script skips or refuses</source>
        <translation>RRC 스크립트가 건너뛰거나 거부하는, 이름이 img_&lt;번호&gt;가 아닌 이미지 %1개</translation>
    </message>
    <message>
        <source>%1 images whose split the format cannot name</source>
        <translation>이 형식으로 분할을 나타낼 수 없는 이미지 %1개</translation>
    </message>
    <message>
        <source>%1 regions without a recognition crop (don&apos;t care, illegible, no text or no area)</source>
        <translation>인식용 크롭이 없는 영역 %1개 (무시 영역, 판독 불가, 텍스트 없음 또는 면적 없음)</translation>
    </message>
    <message>
        <source>folder cannot be read</source>
        <translation>폴더를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>folder more than %1 levels deep: not scanned</source>
        <translation>%1단계보다 깊은 폴더입니다: 스캔하지 않았습니다</translation>
    </message>
    <message>
        <source>empty file: not an image</source>
        <translation>빈 파일입니다: 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>not a readable image: skipped</source>
        <translation>읽을 수 있는 이미지가 아닙니다: 건너뛰었습니다</translation>
    </message>
    <message>
        <source>it names none of the images found</source>
        <translation>찾은 이미지를 하나도 가리키지 않습니다</translation>
    </message>
    <message>
        <source>looks like %1 but does not read: %2</source>
        <translation>%1(으)로 보이지만 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 images in %2 %3 (%4)</source>
        <translation>%3 %2개에 이미지 %1개 (%4)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>folders</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>no labels found: the images come in unlabeled</source>
        <translation>라벨을 찾지 못했습니다: 이미지를 라벨 없이 가져옵니다</translation>
    </message>
    <message>
        <source>%1 in %2: %3 regions on %4 images (%5 of the images found)%6</source>
        <translation>%2의 %1: 이미지 %4개에 영역 %3개 (찾은 이미지 중 %5개)%6</translation>
    </message>
    <message>
        <source>, a model&apos;s predictions</source>
        <translation>, 모델의 예측</translation>
    </message>
    <message>
        <source>%1 problems, the first: %2</source>
        <translation>문제 %1개, 첫 번째: %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>scan canceled</source>
        <translation>스캔이 취소되었습니다</translation>
    </message>
    <message>
        <source>the %1 format cannot be read</source>
        <translation>%1 형식은 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the %1 format cannot be written</source>
        <translation>%1 형식으로는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1.words must be a list</source>
        <translation>%1.words는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;form&quot; must be a list</source>
        <translation>&quot;form&quot;은 목록이어야 합니다</translation>
    </message>
    <message>
        <source>not a FUNSD file: expected an object with a &quot;form&quot; list</source>
        <translation>FUNSD 파일이 아닙니다: &quot;form&quot; 목록이 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be a list [x0, y0, x1, y1]</source>
        <translation>값은 [x0, y0, x1, y1] 목록이어야 합니다</translation>
    </message>
    <message>
        <source>coordinates must be numbers</source>
        <translation>좌표는 숫자여야 합니다</translation>
    </message>
    <message>
        <source>%1 has no &quot;text&quot;</source>
        <translation>%1에 &quot;text&quot;가 없습니다</translation>
    </message>
    <message>
        <source>%1 has no &quot;box&quot;</source>
        <translation>%1에 &quot;box&quot;가 없습니다</translation>
    </message>
    <message>
        <source>%1.box must have 4 numbers [x0, y0, x1, y1], found %2</source>
        <translation>%1.box에는 숫자 4개 [x0, y0, x1, y1]가 있어야 하는데 %2개가 있습니다</translation>
    </message>
    <message>
        <source>%1.box [%2, %3, %4, %5] has its corners swapped (expected x0 &lt;= x1 and y0 &lt;= y1)</source>
        <translation>%1.box [%2, %3, %4, %5]의 꼭짓점이 뒤바뀌었습니다 (x0 &lt;= x1, y0 &lt;= y1이어야 함)</translation>
    </message>
    <message>
        <source>not a FUNSD file: no &quot;form&quot; list</source>
        <translation>FUNSD 파일이 아닙니다: &quot;form&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <source>the folder has no .json files</source>
        <translation>폴더에 .json 파일이 없습니다</translation>
    </message>
    <message>
        <source>no image named %1 (.png, .jpg, ...) in %2</source>
        <translation>%2에 이름이 %1인 이미지(.png, .jpg, ...)가 없습니다</translation>
    </message>
    <message>
        <source>two images are named %1: FUNSD names each label file after its image</source>
        <translation>이름이 %1인 이미지가 둘입니다: FUNSD는 라벨 파일마다 해당 이미지의 이름을 붙입니다</translation>
    </message>
    <message>
        <source>expected 8 coordinates and a transcription separated by commas, found %1 fields</source>
        <translation>쉼표로 구분된 좌표 8개와 전사 텍스트가 있어야 하는데 필드가 %1개입니다</translation>
    </message>
    <message>
        <source>coordinate %1 is not a finite number: &quot;%2&quot;</source>
        <translation>%1번째 좌표가 유한한 숫자가 아닙니다: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the confidence after the 8 coordinates is not a number in [0, 1]: &quot;%1&quot;</source>
        <translation>좌표 8개 뒤의 신뢰도가 [0, 1] 범위의 숫자가 아닙니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field after the 8 coordinates is a number in [0, 1] on every line: read as the detection&apos;s confidence (RRC result file)</source>
        <translation>모든 줄에서 좌표 8개 뒤의 필드가 [0, 1] 범위의 숫자입니다: 검출의 신뢰도로 읽었습니다 (RRC 결과 파일)</translation>
    </message>
    <message>
        <source>ICDAR 2015 ground truth or RRC results</source>
        <translation>ICDAR 2015 정답 또는 RRC 결과</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, more than a label file holds</source>
        <translation>파일이 %1 MiB보다 큽니다: 라벨 파일이라기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB; this is not a label file</source>
        <translation>줄이 %1 MiB보다 깁니다. 라벨 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation>파일을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot copy the image to %1</source>
        <translation>이미지를 %1에 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot parse the JSON file: %1</source>
        <translation>JSON 파일을 구문 분석할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>malformed JSON at %1: nested deeper than %2 levels</source>
        <translation>%1에서 JSON 형식이 잘못되었습니다: %2단계보다 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>malformed JSON at %1: %2</source>
        <translation>%1에서 JSON 형식이 잘못되었습니다: %2</translation>
    </message>
    <message>
        <source>the folder holds no label files (%1)</source>
        <translation>폴더에 라벨 파일(%1)이 없습니다</translation>
    </message>
    <message>
        <source>no image named %1.* in %2 for this label file</source>
        <translation>%2에 이 라벨 파일의 이미지 %1.*이(가) 없습니다</translation>
    </message>
    <message>
        <source>malformed JSON: nested deeper than %1 levels</source>
        <translation>JSON 형식이 잘못되었습니다: %1단계보다 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>the images %1 and %2 would share the label file of %3</source>
        <translation>이미지 %1과(와) %2이(가) %3의 라벨 파일을 함께 쓰게 됩니다</translation>
    </message>
    <message>
        <source>expected an image path, a tab and a JSON list</source>
        <translation>이미지 경로, 탭, JSON 목록이 있어야 합니다</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>이미지를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>a second line for %1: its regions are added to the first</source>
        <translation>%1에 대한 두 번째 줄입니다: 그 영역을 첫 번째 줄에 추가했습니다</translation>
    </message>
    <message>
        <source>not a labelme file: no &quot;shapes&quot; list</source>
        <translation>labelme 파일이 아닙니다: &quot;shapes&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <source>image not found: &quot;%1&quot; (looked beside the file and in %2)</source>
        <translation>이미지를 찾을 수 없습니다: &quot;%1&quot; (파일이 있는 폴더와 %2에서 찾아봄)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>/shapes/%1: a %2 shape is not a word region; skipped</source>
        <translation>/shapes/%1: %2 도형은 단어 영역이 아니므로 건너뛰었습니다</translation>
    </message>
    <message>
        <source>&quot;label&quot; is missing or not a string</source>
        <translation>&quot;label&quot;이 없거나 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing or not a list of [x, y] finite numbers</source>
        <translation>&quot;points&quot;가 없거나 유한한 숫자 [x, y]의 목록이 아닙니다</translation>
    </message>
    <message>
        <source>a rectangle needs 2 points, found %1</source>
        <translation>직사각형에는 점 2개가 필요한데 %1개가 있습니다</translation>
    </message>
    <message>
        <source>a polygon needs at least 3 points, found %1</source>
        <translation>다각형에는 점이 3개 이상 필요한데 %1개가 있습니다</translation>
    </message>
    <message>
        <source>item %1 of the JSON list: %2</source>
        <translation>JSON 목록의 %1번째 항목: %2</translation>
    </message>
    <message>
        <source>expected a JSON list after the tab</source>
        <translation>탭 뒤에 JSON 목록이 있어야 합니다</translation>
    </message>
    <message>
        <source>not a list of at least 3 [x, y] finite numbers</source>
        <translation>유한한 숫자 [x, y]가 3개 이상인 목록이 아닙니다</translation>
    </message>
    <message>
        <source>neither a JSON object nor a polygon</source>
        <translation>JSON 객체도 다각형도 아닙니다</translation>
    </message>
    <message>
        <source>&quot;points&quot; has fewer than 3 points</source>
        <translation>&quot;points&quot;의 점이 3개보다 적습니다</translation>
    </message>
    <message>
        <source>&quot;transcription&quot; is not a string</source>
        <translation>&quot;transcription&quot;이 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in [0, 1]</source>
        <translation>&quot;%1&quot;이(가) [0, 1] 범위의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>expected a JSON object with rec_polys or dt_polys</source>
        <translation>rec_polys 또는 dt_polys가 있는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>expected a JSON object with a list &quot;rec_polys&quot; or &quot;dt_polys&quot;</source>
        <translation>&quot;rec_polys&quot; 또는 &quot;dt_polys&quot; 목록이 있는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list as long as &quot;%2&quot; (%3 items)</source>
        <translation>&quot;%1&quot;이(가) &quot;%2&quot;와(과) 길이가 같은 목록(항목 %3개)이 아닙니다</translation>
    </message>
    <message>
        <source>%1[%2] is not a list of at least 3 [x, y] finite numbers</source>
        <translation>%1[%2]이(가) 유한한 숫자 [x, y]가 3개 이상인 목록이 아닙니다</translation>
    </message>
    <message>
        <source>rec_texts[%1] is not a string</source>
        <translation>rec_texts[%1]이(가) 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>%1[%2] is not a number in [0, 1]</source>
        <translation>%1[%2]이(가) [0, 1] 범위의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>PaddleOCR results</source>
        <translation>PaddleOCR 결과</translation>
    </message>
    <message>
        <source>&quot;transcription&quot; is missing or not a string</source>
        <translation>&quot;transcription&quot;이 없거나 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;difficult&quot; is not true or false</source>
        <translation>&quot;difficult&quot;가 true 또는 false가 아닙니다</translation>
    </message>
    <message>
        <source>PPOCRLabel cannot name an image whose file name holds a tab or a line break</source>
        <translation>PPOCRLabel은 파일 이름에 탭이나 줄 바꿈이 있는 이미지를 가리킬 수 없습니다</translation>
    </message>
    <message>
        <source>the images %1 and %2 would lie in one PPOCRLabel folder under the same name %3</source>
        <translation>이미지 %1과(와) %2이(가) 한 PPOCRLabel 폴더에 같은 이름 %3(으)로 놓이게 됩니다</translation>
    </message>
    <message>
        <source>expected an image path, a tab and its state</source>
        <translation>이미지 경로, 탭, 상태가 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 is checked but not in the folder: skipped</source>
        <translation>%1은(는) 체크되어 있지만 폴더에 없습니다: 건너뛰었습니다</translation>
    </message>
    <message>
        <source>PPOCRLabel names images by their folder: export into a folder, not the root</source>
        <translation>PPOCRLabel은 이미지를 폴더 이름으로 가리킵니다: 루트가 아닌 폴더로 내보내십시오</translation>
    </message>
    <message>
        <source>PPOCRLabel labels</source>
        <translation>PPOCRLabel 라벨</translation>
    </message>
    <message>
        <source>cannot read the size of the image %1 (YOLO boxes are relative to it)</source>
        <translation>이미지 %1의 크기를 읽을 수 없습니다 (YOLO 박스는 이미지 크기에 대한 상대값임)</translation>
    </message>
    <message>
        <source>expected &quot;class cx cy w h&quot; and an optional confidence, found %1 fields</source>
        <translation>&quot;class cx cy w h&quot;와 선택적인 신뢰도가 있어야 하는데 필드가 %1개입니다</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>클래스 &quot;%1&quot;이(가) 0 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>field %1 is not a finite number: &quot;%2&quot;</source>
        <translation>%1번째 필드가 유한한 숫자가 아닙니다: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the box width and height must be above 0</source>
        <translation>박스의 너비와 높이는 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>cannot read the size of the image</source>
        <translation>이미지 크기를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>YOLO boxes</source>
        <translation>YOLO 박스</translation>
    </message>
    <message>
        <source>YOLO labels</source>
        <translation>YOLO 라벨</translation>
    </message>
    <message>
        <source>the agreement computation was canceled</source>
        <translation>일치도 계산이 취소되었습니다</translation>
    </message>
    <message>
        <source>evaluation canceled</source>
        <translation>평가가 취소되었습니다</translation>
    </message>
    <message>
        <source>per_image missing from the evaluation&apos;s JSON</source>
        <translation>평가 JSON에 per_image가 없습니다</translation>
    </message>
    <message>
        <source>cannot read the per-image entries back</source>
        <translation>이미지별 항목을 다시 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the evaluation&apos;s JSON</source>
        <translation>평가 JSON을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>no annotator &quot;%1&quot; in the project (annotators: %2)</source>
        <translation>프로젝트에 작업자 &quot;%1&quot;이(가) 없습니다 (작업자: %2)</translation>
    </message>
    <message>
        <source>no model run &quot;%1&quot; in the project (runs: %2)</source>
        <translation>프로젝트에 모델 실행 &quot;%1&quot;이(가) 없습니다 (모델 실행: %2)</translation>
    </message>
    <message>
        <source>say which annotator is the ground truth with --against (annotators with labels: %1)</source>
        <translation>--against로 정답으로 삼을 작업자를 지정하십시오 (라벨이 있는 작업자: %1)</translation>
    </message>
    <message>
        <source>comparison canceled</source>
        <translation>비교가 취소되었습니다</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the project recorded %3×%4 (the file changed since it was added)</source>
        <translation>이미지가 %1×%2 픽셀이지만 프로젝트에는 %3×%4(으)로 기록되어 있습니다 (추가된 뒤 파일이 바뀌었습니다)</translation>
    </message>
    <message>
        <source>the project has no image %1</source>
        <translation>프로젝트에 이미지 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the project has no images to read</source>
        <translation>프로젝트에 읽을 이미지가 없습니다</translation>
    </message>
    <message>
        <source>unknown OCR engine &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 OCR 엔진입니다: &quot;%1&quot; (사용 가능: %2)</translation>
    </message>
    <message>
        <source>an empty or malformed pixel buffer</source>
        <translation>픽셀 버퍼가 비어 있거나 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>pixels need 1, 3 or 4 channels</source>
        <translation>픽셀의 채널 수는 1, 3 또는 4여야 합니다</translation>
    </message>
    <message>
        <source>the pixels could not be converted to gray</source>
        <translation>픽셀을 회색조로 변환할 수 없습니다</translation>
    </message>
    <message>
        <source>promoting predictions needs an annotator</source>
        <translation>예측을 사전 라벨로 전환하려면 작업자가 필요합니다</translation>
    </message>
    <message>
        <source>the duplicate IoU must be in (0, 1]</source>
        <translation>중복 IoU는 (0, 1] 범위여야 합니다</translation>
    </message>
    <message>
        <source>the project has no model run &quot;%1&quot;</source>
        <translation>프로젝트에 모델 실행 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>no OCR language given (e.g. &quot;eng&quot; or &quot;eng+kor&quot;)</source>
        <translation>OCR 언어가 지정되지 않았습니다 (예: &quot;eng&quot; 또는 &quot;eng+kor&quot;)</translation>
    </message>
    <message>
        <source>page segmentation mode %1 does not read text (use 1 or 3 to 13; see tesseract --help-psm)</source>
        <translation>페이지 분할 모드 %1은(는) 텍스트를 읽지 않습니다 (1 또는 3~13을 사용하십시오. tesseract --help-psm 참고)</translation>
    </message>
    <message>
        <source>an upscale of %1 is not one the engine reads at (use auto, or 1 to %2)</source>
        <translation>%1배 확대는 엔진이 지원하지 않습니다 (auto 또는 1~%2 사이의 값을 사용하십시오)</translation>
    </message>
    <message>
        <source>a glyph height of %1 px is not one to read at (use 4 to 200)</source>
        <translation>글자 높이 %1 px로는 읽을 수 없습니다 (4~200을 사용하십시오)</translation>
    </message>
    <message>
        <source>malformed OCR language &quot;%1&quot;</source>
        <translation>OCR 언어 &quot;%1&quot;의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>no Tesseract data for the language &quot;%1&quot; (install tesseract-ocr-%1, or set TESSDATA_PREFIX to the folder holding %1.traineddata)</source>
        <translation>언어 &quot;%1&quot;의 Tesseract 데이터가 없습니다 (tesseract-ocr-%1을(를) 설치하거나 TESSDATA_PREFIX를 %1.traineddata가 있는 폴더로 설정하십시오)</translation>
    </message>
    <message>
        <source>Tesseract could not load the language data &quot;%1&quot; (a damaged or incompatible .traineddata file?)</source>
        <translation>Tesseract가 언어 데이터 &quot;%1&quot;을(를) 불러올 수 없습니다 (.traineddata 파일이 손상되었거나 호환되지 않을 수 있습니다)</translation>
    </message>
    <message>
        <source>no image to read</source>
        <translation>읽을 이미지가 없습니다</translation>
    </message>
    <message>
        <source>could not prepare the page for reading</source>
        <translation>읽을 페이지를 준비할 수 없습니다</translation>
    </message>
    <message>
        <source>Tesseract failed to read the page</source>
        <translation>Tesseract가 페이지를 읽지 못했습니다</translation>
    </message>
    <message>
        <source>could not cut a region out of the image</source>
        <translation>이미지에서 영역을 잘라낼 수 없습니다</translation>
    </message>
    <message>
        <source>an agreement computation that was canceled is incomplete and is not kept in the history</source>
        <translation>취소된 일치도 계산은 불완전하므로 기록에 남기지 않습니다</translation>
    </message>
    <message>
        <source>the project is open read-only: the agreement history cannot be saved</source>
        <translation>프로젝트가 읽기 전용으로 열려 있어 일치도 기록을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>a region needs at least 3 finite points</source>
        <translation>영역에는 유한한 점이 3개 이상 필요합니다</translation>
    </message>
    <message>
        <source>the label was changed meanwhile%1 (%2): this edit was not saved</source>
        <translation>그사이 라벨이%1 변경되었습니다 (%2): 이 편집은 저장되지 않았습니다</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> %1에 의해</translation>
    </message>
    <message>
        <source>the label was removed meanwhile</source>
        <translation>그사이 라벨이 삭제되었습니다</translation>
    </message>
    <message>
        <source>one version per removed label is needed</source>
        <translation>삭제할 라벨마다 버전이 하나씩 필요합니다</translation>
    </message>
    <message>
        <source>only a server project has other sessions to listen to</source>
        <translation>다른 세션의 변경을 수신할 수 있는 것은 서버 프로젝트뿐입니다</translation>
    </message>
    <message>
        <source>the project&apos;s schema does not exist on the server</source>
        <translation>프로젝트의 스키마가 서버에 없습니다</translation>
    </message>
    <message>
        <source>not listening: the connection was lost</source>
        <translation>변경을 수신하고 있지 않습니다: 연결이 끊어졌습니다</translation>
    </message>
    <message>
        <source>unknown slice dimension &quot;%1&quot; (one of %2)</source>
        <translation>알 수 없는 슬라이스 차원입니다: &quot;%1&quot; (%2 중 하나를 지정하십시오)</translation>
    </message>
    <message>
        <source>there is no conflict %1</source>
        <translation>충돌 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>a resolution is needed to settle a conflict</source>
        <translation>충돌을 확정하려면 해결 방식이 필요합니다</translation>
    </message>
    <message>
        <source>conflict %1 was settled already (%2)</source>
        <translation>충돌 %1은(는) 이미 확정되었습니다 (%2)</translation>
    </message>
    <message>
        <source>conflict %1 is no longer open</source>
        <translation>충돌 %1은(는) 더 이상 미해결 상태가 아닙니다</translation>
    </message>
    <message>
        <source>conflict %1 is named twice in one settlement</source>
        <translation>한 번의 확정에 충돌 %1이(가) 두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>an insert returned no id</source>
        <translation>삽입 결과로 id가 반환되지 않았습니다</translation>
    </message>
    <message>
        <source>this store cannot copy rows into %1</source>
        <translation>이 저장소는 %1에 행을 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>a row for %1 has %2 values, not %3</source>
        <translation>%1의 행에 값이 %3개가 아니라 %2개 있습니다</translation>
    </message>
    <message>
        <source>writing %1 rows to %2: %3</source>
        <translation>%2에 행 %1개를 쓰는 중: %3</translation>
    </message>
    <message>
        <source>the distribution was canceled</source>
        <translation>분포 계산이 취소되었습니다</translation>
    </message>
    <message>
        <source>image %1 cannot be a duplicate of itself</source>
        <translation>이미지 %1은(는) 자기 자신의 중복일 수 없습니다</translation>
    </message>
    <message>
        <source>image %1 cannot be a duplicate of image %2, which is itself marked a duplicate</source>
        <translation>이미지 %1은(는) 이미지 %2의 중복일 수 없습니다. 그 이미지 자체가 중복으로 표시되어 있습니다</translation>
    </message>
    <message>
        <source>no image %1</source>
        <translation>이미지 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the project is open read-only: no queue can be assigned</source>
        <translation>프로젝트가 읽기 전용으로 열려 있어 대기열을 배정할 수 없습니다</translation>
    </message>
    <message>
        <source>the project is open read-only: no queue can be cleared</source>
        <translation>프로젝트가 읽기 전용으로 열려 있어 대기열을 비울 수 없습니다</translation>
    </message>
    <message>
        <source>cannot bind a value</source>
        <translation>값을 바인딩할 수 없습니다</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>SQL 문 실행</translation>
    </message>
    <message>
        <source>cannot connect: out of memory</source>
        <translation>연결할 수 없습니다: 메모리 부족</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>another member of the team is writing to the project; try again</source>
        <translation>다른 구성원이 프로젝트에 기록하는 중입니다. 다시 시도하십시오</translation>
    </message>
    <message>
        <source>copying rows</source>
        <translation>행 복사</translation>
    </message>
    <message>
        <source>the connection to the server was lost during a transaction: nothing of it was written</source>
        <translation>트랜잭션 도중 서버와의 연결이 끊어졌습니다: 트랜잭션의 내용은 아무것도 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>서버가 %1초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>the connection to the server is lost: %1</source>
        <translation>서버와의 연결이 끊어졌습니다: %1</translation>
    </message>
    <message>
        <source>setting up the session again</source>
        <translation>세션 재설정</translation>
    </message>
    <message>
        <source>running SQL</source>
        <translation>SQL 실행</translation>
    </message>
    <message>
        <source>quoting a channel name</source>
        <translation>채널 이름 인용</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>서버와의 연결이 끊어졌습니다: %1</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>SQL 문 준비</translation>
    </message>
    <message>
        <source>the server refused %1: %2</source>
        <translation>서버가 %1을(를) 거부했습니다: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>model run %1 does not exist</source>
        <translation>모델 실행 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the schema %1 does not exist on the server (lector-cli init --server makes it)</source>
        <translation>%1 스키마가 서버에 없습니다 (lector-cli init --server로 만들 수 있습니다)</translation>
    </message>
    <message>
        <source>the search_path names</source>
        <translation>search_path가 지정한</translation>
    </message>
    <message>
        <source>the folder for the project does not exist</source>
        <translation>프로젝트를 둘 폴더가 없습니다</translation>
    </message>
    <message>
        <source>a project file has no team roles</source>
        <translation>프로젝트 파일에는 팀 역할이 없습니다</translation>
    </message>
    <message>
        <source>team_roles.sql is missing from the build</source>
        <translation>빌드에 team_roles.sql이 없습니다</translation>
    </message>
    <message>
        <source>a member needs a database user name</source>
        <translation>구성원에게는 데이터베이스 사용자 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a project file has no database user</source>
        <translation>프로젝트 파일에는 데이터베이스 사용자가 없습니다</translation>
    </message>
    <message>
        <source>a schema on the server with other tables than Lector&apos;s</source>
        <translation>Lector 외의 테이블이 있는 서버 스키마</translation>
    </message>
    <message>
        <source>an SQLite database without Lector&apos;s tables</source>
        <translation>Lector 테이블이 없는 SQLite 데이터베이스</translation>
    </message>
    <message>
        <source>not a Lector project: the server&apos;s schema is empty (lector-cli init --server creates a project)</source>
        <translation>Lector 프로젝트가 아닙니다: 서버의 스키마가 비어 있습니다 (lector-cli init --server로 프로젝트를 만듭니다)</translation>
    </message>
    <message>
        <source>not a Lector project: the file is empty (lector-cli init creates a project)</source>
        <translation>Lector 프로젝트가 아닙니다: 파일이 비어 있습니다 (lector-cli init으로 프로젝트를 만듭니다)</translation>
    </message>
    <message>
        <source>the project is damaged: its schema_version table is missing, so its schema version is unknown</source>
        <translation>프로젝트가 손상되었습니다: schema_version 테이블이 없어 스키마 버전을 알 수 없습니다</translation>
    </message>
    <message>
        <source>not a Lector project (%1)</source>
        <translation>Lector 프로젝트가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>a Lector project is there already (open it, or name another schema or database)</source>
        <translation>이미 Lector 프로젝트가 있습니다 (그 프로젝트를 열거나, 다른 스키마나 데이터베이스를 지정하십시오)</translation>
    </message>
    <message>
        <source>the project is damaged: its schema_version table is empty, so its schema version is unknown</source>
        <translation>프로젝트가 손상되었습니다: schema_version 테이블이 비어 있어 스키마 버전을 알 수 없습니다</translation>
    </message>
    <message>
        <source>the project is damaged: its schema version is not a whole number</source>
        <translation>프로젝트가 손상되었습니다: 스키마 버전이 정수가 아닙니다</translation>
    </message>
    <message>
        <source>the project is damaged: its schema version is %1 (versions start at 1)</source>
        <translation>프로젝트가 손상되었습니다: 스키마 버전이 %1입니다 (버전은 1부터 시작합니다)</translation>
    </message>
    <message>
        <source>the project was written by a newer Lector (schema %1; this one knows up to %2)</source>
        <translation>더 새로운 Lector로 작성된 프로젝트입니다 (스키마 %1, 이 Lector는 %2까지 지원)</translation>
    </message>
    <message>
        <source>the project has schema %1 and must be upgraded to schema %2, which needs write access; open it once where it can be written</source>
        <translation>프로젝트의 스키마가 %1이므로 스키마 %2(으)로 업그레이드해야 하며, 여기에는 쓰기 권한이 필요합니다. 쓸 수 있는 위치에서 한 번 여십시오</translation>
    </message>
    <message>
        <source>migration %1 is missing from the build</source>
        <translation>빌드에 마이그레이션 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation>작업자에게는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>only the newest guideline version can be withdrawn (version %1 is newer than %2)</source>
        <translation>가장 최신 가이드 버전만 철회할 수 있습니다 (버전 %1이(가) %2보다 최신입니다)</translation>
    </message>
    <message>
        <source>guideline version %1 cannot be withdrawn: %2 labels were made under it</source>
        <translation>가이드 버전 %1을(를) 철회할 수 없습니다: 이 버전으로 만든 라벨이 %2개 있습니다</translation>
    </message>
    <message>
        <source>guideline version %1 follows version %2, but the newest is %3</source>
        <translation>가이드 버전 %1은(는) 버전 %2의 다음 버전이지만 최신 버전은 %3입니다</translation>
    </message>
    <message>
        <source>a model run needs a name</source>
        <translation>모델 실행에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a model run named &quot;%1&quot; exists already</source>
        <translation>&quot;%1&quot;(이)라는 모델 실행이 이미 있습니다</translation>
    </message>
    <message>
        <source>region %1 of image %2 has fewer than 3 points or a coordinate that is not a number</source>
        <translation>이미지 %2의 영역 %1에 점이 3개 미만이거나 숫자가 아닌 좌표가 있습니다</translation>
    </message>
    <message>
        <source> (referenced by %1)</source>
        <translation> (%1에서 참조)</translation>
    </message>
    <message>
        <source>import canceled; nothing was written</source>
        <translation>가져오기가 취소되었습니다. 아무것도 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>%1: left out</source>
        <translation>%1: 제외됨</translation>
    </message>
    <message>
        <source>image already in the project (same content): not added again</source>
        <translation>이미 프로젝트에 있는 이미지입니다 (내용이 같음): 다시 추가하지 않습니다</translation>
    </message>
    <message>
        <source>the labels give the size %1×%2 but the image is %3×%4; the image&apos;s own size is kept</source>
        <translation>라벨에는 크기가 %1×%2(으)로 되어 있지만 이미지는 %3×%4입니다. 이미지 자체의 크기를 유지합니다</translation>
    </message>
    <message>
        <source>an added image was not found again</source>
        <translation>추가한 이미지를 다시 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>the project has another image at this path (the file changed since it was added); nothing was imported</source>
        <translation>프로젝트에 이 경로의 다른 이미지가 있습니다 (추가된 뒤 파일이 바뀌었습니다). 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>an import goes either to an annotator or to a model run (give one, not both)</source>
        <translation>가져오기 대상은 작업자 또는 모델 실행 중 하나입니다 (둘 다가 아니라 하나만 지정하십시오)</translation>
    </message>
    <message>
        <source>%1 regions need an annotator or a model run to belong to</source>
        <translation>영역 %1개가 속할 작업자 또는 모델 실행이 필요합니다</translation>
    </message>
    <message>
        <source>none of the %1 images decodes; nothing was imported</source>
        <translation>이미지 %1개 중 디코딩되는 이미지가 없습니다. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>no model run named &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 모델 실행이 없습니다</translation>
    </message>
    <message>
        <source>the project has no labels to export</source>
        <translation>프로젝트에 내보낼 라벨이 없습니다</translation>
    </message>
    <message>
        <source>the project has labels of several annotators (%1): name one</source>
        <translation>프로젝트에 여러 작업자의 라벨이 있습니다 (%1): 한 명을 지정하십시오</translation>
    </message>
    <message>
        <source>images are marked done by annotators, not by model runs: export an annotator&apos;s labels to take only the images done</source>
        <translation>이미지 완료 표시는 모델 실행이 아니라 작업자가 합니다: 완료된 이미지만 내보내려면 작업자의 라벨을 내보내십시오</translation>
    </message>
    <message>
        <source>no annotator named &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 작업자가 없습니다</translation>
    </message>
    <message>
        <source>the %1 %2 is missing</source>
        <translation>%1 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>the column %1.%2 is missing</source>
        <translation>열 %1.%2이(가) 없습니다</translation>
    </message>
    <message>
        <source>check canceled</source>
        <translation>검사가 취소되었습니다</translation>
    </message>
    <message>
        <source>the image changed since it was added (SHA-256 differs)</source>
        <translation>추가된 뒤 이미지가 바뀌었습니다 (SHA-256이 다름)</translation>
    </message>
    <message>
        <source>the copy was canceled</source>
        <translation>복사가 취소되었습니다</translation>
    </message>
    <message>
        <source>the project to copy into is not empty (its table %1 has %2 rows)</source>
        <translation>복사 대상 프로젝트가 비어 있지 않습니다 (테이블 %1에 행이 %2개 있음)</translation>
    </message>
    <message>
        <source>the copy differs from the project in table %1 (%2 rows, %3 copied; checksums %4 and %5): nothing was written</source>
        <translation>복사본이 테이블 %1에서 프로젝트와 다릅니다 (행 %2개, 복사된 행 %3개, 체크섬 %4 및 %5): 아무것도 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>the copy differs from the project: nothing was written</source>
        <translation>복사본이 프로젝트와 다릅니다: 아무것도 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>메모리 부족</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>프로젝트를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the project is read-only: the file cannot be written</source>
        <translation>프로젝트가 읽기 전용입니다: 파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the project is locked by another program; try again when it is done</source>
        <translation>다른 프로그램이 프로젝트를 잠그고 있습니다. 그 작업이 끝나면 다시 시도하십시오</translation>
    </message>
    <message>
        <source>not a Lector project (not an SQLite database)</source>
        <translation>Lector 프로젝트가 아닙니다 (SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <source>the project file is damaged (SQLite finds it corrupt)</source>
        <translation>프로젝트 파일이 손상되었습니다 (SQLite가 손상을 발견함)</translation>
    </message>
    <message>
        <source>the project is read-only: no write permission for the file or its folder</source>
        <translation>프로젝트가 읽기 전용입니다: 파일이나 폴더에 쓰기 권한이 없습니다</translation>
    </message>
    <message>
        <source>cannot read the project: %1</source>
        <translation>프로젝트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no project file here</source>
        <translation>여기에 프로젝트 파일이 없습니다</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>같은 이름의 파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>a folder, not a project file</source>
        <translation>프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>the project cannot be read: its folder is read-only and changes in %1-wal were never merged into it; open it once where it can be written</source>
        <translation>프로젝트를 읽을 수 없습니다: 폴더가 읽기 전용이고 %1-wal의 변경 내용이 프로젝트에 병합되지 않았습니다. 쓸 수 있는 위치에서 한 번 여십시오</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written</source>
        <translation>디스크가 가득 찼습니다. 아무것도 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>the project cannot be written (read-only file or folder)</source>
        <translation>프로젝트에 쓸 수 없습니다 (읽기 전용 파일 또는 폴더)</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>프로젝트 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>database error while %1: %2</source>
        <translation>%1 중 데이터베이스 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <source>the suspect&apos;s label %1 no longer exists</source>
        <translation>의심 라벨이 가리키는 라벨 %1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>박스 수</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>활동 시간(h)</translation>
    </message>
    <message>
        <source>boxes per hour</source>
        <translation>시간당 박스 수</translation>
    </message>
    <message>
        <source>median seconds per box</source>
        <translation>박스당 소요 시간 중앙값(초)</translation>
    </message>
    <message>
        <source>corrections per box</source>
        <translation>박스당 수정 횟수</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>세션 수</translation>
    </message>
    <message>
        <source>agreement with consensus</source>
        <translation>합의안과의 일치도</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>충돌 수</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>매칭 수</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>mean IoU</source>
        <translation>평균 IoU</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>image id</source>
        <translation>이미지 ID</translation>
    </message>
    <message>
        <source>F1 before</source>
        <translation>변경 전 F1</translation>
    </message>
    <message>
        <source>F1 after</source>
        <translation>변경 후 F1</translation>
    </message>
    <message>
        <source>text agreement before</source>
        <translation>변경 전 텍스트 일치도</translation>
    </message>
    <message>
        <source>text agreement after</source>
        <translation>변경 후 텍스트 일치도</translation>
    </message>
    <message>
        <source>matched before</source>
        <translation>변경 전 매칭 수</translation>
    </message>
    <message>
        <source>matched after</source>
        <translation>변경 후 매칭 수</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>밝기</translation>
    </message>
    <message>
        <source>contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>선명도</translation>
    </message>
    <message>
        <source>skew</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>text length</source>
        <translation>텍스트 길이</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>%1 box</source>
        <translation>박스 %1개</translation>
    </message>
    <message>
        <source>%1 boxes</source>
        <translation>박스 %1개</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>라벨 %1개</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>라벨 %1개</translation>
    </message>
    <message>
        <source>%1 occurrence</source>
        <translation>%1회</translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1회</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %3에 %2</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>라벨 수</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>기호</translation>
    </message>
    <message>
        <source>mixed scripts</source>
        <translation>혼합 문자</translation>
    </message>
    <message>
        <source>other scripts</source>
        <translation>기타 문자</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>빈 텍스트</translation>
    </message>
</context>
<context>
    <name>DecideSuspect</name>
    <message>
        <source>Fix suspect</source>
        <translation>의심 라벨 수정</translation>
    </message>
    <message>
        <source>Dismiss suspect</source>
        <translation>의심 라벨 기각</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>annotator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>검수자</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>리드</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>합의안</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>geometry</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>guideline gap</source>
        <translation>가이드 공백</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lector, the labeling IDE for OCR datasets.</source>
        <translation>Lector, OCR 데이터셋을 위한 라벨링 IDE.</translation>
    </message>
    <message>
        <source>The project to open (NAME.lector).</source>
        <translation>열 프로젝트 (NAME.lector).</translation>
    </message>
    <message>
        <source>Lay the window out (1600×1000 unless --size), render it to FILE.png once the first image is shown, exit.</source>
        <translation>창을 배치하고 (--size가 없으면 1600×1000), 첫 이미지가 보이면 FILE.png로 렌더링한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>Show this image first (file name).</source>
        <translation>이 이미지를 먼저 보여 줍니다 (파일 이름).</translation>
    </message>
    <message>
        <source>Label as this annotator (created when new) instead of asking.</source>
        <translation>묻지 않고 이 작업자로 라벨링합니다 (없으면 만듭니다).</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light 또는 dark.</translation>
    </message>
    <message>
        <source>Bring a panel to the front: dataset, inspector, review, guideline, dashboard, prediction, distribution, duplicates, suspects, labelNext, drift.</source>
        <translation>패널을 앞으로 가져옵니다: dataset, inspector, review, guideline, dashboard, prediction, distribution, duplicates, suspects, labelNext, drift.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error.</source>
        <translation>trace, debug, info, warn, error 중 하나.</translation>
    </message>
    <message>
        <source>Start as on a first launch: no saved settings, layout or caches.</source>
        <translation>처음 실행할 때처럼 시작합니다: 저장된 설정, 레이아웃, 캐시 없이.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT (e.g. 1280x720); with --screenshot the default is 1600x1000.</source>
        <translation>창 크기, WIDTHxHEIGHT (예: 1280x720); --screenshot과 함께 쓰면 기본값은 1600x1000입니다.</translation>
    </message>
    <message>
        <source>With --panel: show the panel&apos;s tab of this title (e.g. Slices).</source>
        <translation>--panel과 함께: 패널에서 이 제목의 탭을 보여 줍니다 (예: 슬라이스).</translation>
    </message>
    <message>
        <source>Interface language: en or ko (default: View ▸ Language, else the system&apos;s).</source>
        <translation>인터페이스 언어: en 또는 ko (기본값: 보기 ▸ 언어, 없으면 시스템 언어).</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, at least 320x240</source>
        <translation>--size에는 320x240 이상의 WIDTHxHEIGHT를 지정해야 합니다</translation>
    </message>
    <message>
        <source>no image named %1 in the project</source>
        <translation>프로젝트에 %1(이)라는 이미지가 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exported %1 regions on %2 images of %3 &quot;%4&quot; to %5 (%6).</source>
        <translation>%3 &quot;%4&quot;의 영역 %1개(이미지 %2개)를 %5에 내보냈습니다 (%6).</translation>
    </message>
    <message>
        <source>model run</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Left out %1 images with labels not marked done.</source>
        <translation>라벨이 완료 표시되지 않은 이미지 %1개를 제외했습니다.</translation>
    </message>
    <message>
        <source>Nothing lost: %1 carries everything exported.</source>
        <translation>손실 없음: 내보낸 내용이 모두 %1에 담깁니다.</translation>
    </message>
    <message>
        <source>What %1 cannot carry:</source>
        <translation>%1에 담을 수 없는 내용:</translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>내보내기가 취소되었습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>label file or folder not found</source>
        <translation>라벨 파일 또는 폴더를 찾을 수 없음</translation>
    </message>
    <message>
        <source>cannot tell the format of the labels; choose one</source>
        <translation>라벨 형식을 판별할 수 없음. 형식을 선택하십시오</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1: %2 regions on %3 images, %4 of them found in %5.</source>
        <translation>%1: 이미지 %3개에 영역 %2개, 그중 이미지 %4개를 %5에서 찾았습니다.</translation>
    </message>
    <message>
        <source>%1 images are missing: the import would fail. Choose the images folder.</source>
        <translation>이미지 %1개가 없어 가져오기가 실패합니다. 이미지 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>These look like a model&apos;s predictions (every region has a confidence).</source>
        <translation>모델의 예측으로 보입니다 (모든 영역에 신뢰도가 있음).</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>mean IoU</source>
        <translation>평균 IoU</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>텍스트 일치</translation>
    </message>
    <message>
        <source>CER</source>
        <translation>CER</translation>
    </message>
    <message>
        <source>α text</source>
        <translation>α 텍스트</translation>
    </message>
    <message>
        <source>α geometry</source>
        <translation>α 형상</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>모든 쌍</translation>
    </message>
    <message>
        <source>pair %1 / %2</source>
        <translation>쌍 %1 / %2</translation>
    </message>
    <message>
        <source>annotator %1</source>
        <translation>작업자 %1</translation>
    </message>
    <message>
        <source>slice %1: %2</source>
        <translation>슬라이스 %1: %2</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Slice by:</source>
        <translation>슬라이스 기준:</translation>
    </message>
    <message>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>detections</source>
        <translation>검출</translation>
    </message>
    <message>
        <source>found</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>precision %</source>
        <translation>정밀도 %</translation>
    </message>
    <message>
        <source>recall %</source>
        <translation>재현율 %</translation>
    </message>
    <message>
        <source>H-mean %</source>
        <translation>H-평균 %</translation>
    </message>
    <message>
        <source>word accuracy %</source>
        <translation>단어 정확도 %</translation>
    </message>
    <message>
        <source>CER %</source>
        <translation>CER %</translation>
    </message>
    <message>
        <source>WER %</source>
        <translation>WER %</translation>
    </message>
    <message>
        <source>all words</source>
        <translation>모든 단어</translation>
    </message>
    <message>
        <source>word accuracy</source>
        <translation>단어 정확도</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>열린 프로젝트 없음</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>약 %1초 남음</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>약 %1분 남음</translation>
    </message>
</context>
<context>
    <name>SuspectsPanel</name>
    <message>
        <source>Send suspect to review</source>
        <translation>의심 라벨을 검수로 보내기</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Quadrilateral</source>
        <translation>사각형(4점)</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>직사각형</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>선택</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Assign %n image(s) to %1</source>
        <translation>
            <numerusform>이미지 %n개를 %1에게 배정</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Box Geometry</source>
        <translation>박스 형태 변경</translation>
    </message>
    <message>
        <source>Change Flags</source>
        <translation>플래그 변경</translation>
    </message>
    <message>
        <source>Mark Image %1</source>
        <translation>이미지를 %1(으)로 표시</translation>
    </message>
    <message>
        <source>Change Transcription</source>
        <translation>전사 텍스트 변경</translation>
    </message>
    <message>
        <source>Mark 1 image a duplicate</source>
        <translation>이미지 1개를 중복으로 표시</translation>
    </message>
    <message>
        <source>Mark %1 images duplicates</source>
        <translation>이미지 %1개를 중복으로 표시</translation>
    </message>
    <message>
        <source>Publish Guideline Version %1</source>
        <translation>가이드 버전 %1 게시</translation>
    </message>
    <message>
        <source>Re-read Text</source>
        <translation>텍스트 다시 인식</translation>
    </message>
    <message>
        <source>Settle Conflict (%1)</source>
        <translation>충돌 확정(%1)</translation>
    </message>
    <message>
        <source>Settle 1 conflict by majority</source>
        <translation>충돌 1개를 다수결로 확정</translation>
    </message>
    <message>
        <source>Settle %1 conflicts by majority</source>
        <translation>충돌 %1개를 다수결로 확정</translation>
    </message>
</context>
<context>
    <name>lector::AgreementTrendView</name>
    <message>
        <source>Figure:</source>
        <translation>지표:</translation>
    </message>
    <message>
        <source>of:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Agreement over time</source>
        <translation>일치도 추이</translation>
    </message>
    <message>
        <source>No agreement snapshot yet. Each time the dashboard computes agreement over changed labels it keeps one (lector-cli agreement --save does too).</source>
        <translation>아직 일치도 스냅샷이 없습니다. 대시보드가 변경된 라벨에 대해 일치도를 계산할 때마다 스냅샷을 하나씩 보관합니다(lector-cli agreement --save도 마찬가지입니다).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 추이</translation>
    </message>
    <message>
        <source>computed on</source>
        <translation>계산 일시</translation>
    </message>
    <message>
        <source>%1 in force</source>
        <translation>%1 적용 중</translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation>%1 게시</translation>
    </message>
    <message>
        <source>%1 snapshots, %2 with this figure; the dashed lines: %3 guideline versions published.</source>
        <translation>스냅샷 %1개 중 %2개에 이 지표가 있습니다. 점선: 게시된 가이드 버전 %3개.</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>guideline</source>
        <translation>가이드</translation>
    </message>
    <message>
        <source>IoU ≥</source>
        <translation>IoU ≥</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>lector::AnnotatorDialog</name>
    <message>
        <source>Who Is Labeling?</source>
        <translation>누가 라벨링합니까?</translation>
    </message>
    <message>
        <source>or a new name</source>
        <translation>또는 새 이름</translation>
    </message>
    <message>
        <source>New annotator:</source>
        <translation>새 작업자:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Your labels, edits and time are recorded under this name.</source>
        <translation>라벨, 편집 및 작업 시간이 이 이름으로 기록됩니다.</translation>
    </message>
    <message>
        <source>“%1” will be added to the project.</source>
        <translation>“%1” 작업자가 프로젝트에 추가됩니다.</translation>
    </message>
</context>
<context>
    <name>lector::CanvasController</name>
    <message>
        <source>&amp;Copy Boxes</source>
        <translation>박스 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Boxes</source>
        <translation>박스 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Boxes</source>
        <translation>박스 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All Boxes</source>
        <translation>모든 박스 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Edit &amp;Transcription</source>
        <translation>전사 텍스트 편집(&amp;T)</translation>
    </message>
    <message>
        <source>Flag &amp;Illegible</source>
        <translation>판독 불가 표시(&amp;I)</translation>
    </message>
    <message>
        <source>Flag Don&apos;t &amp;Care</source>
        <translation>무시 영역 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Rotate Left 1°</source>
        <translation>왼쪽으로 1° 회전</translation>
    </message>
    <message>
        <source>Rotate Right 1°</source>
        <translation>오른쪽으로 1° 회전</translation>
    </message>
    <message>
        <source>&amp;Next Box</source>
        <translation>다음 박스(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Box</source>
        <translation>이전 박스(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept Prediction</source>
        <translation>예측 수락(&amp;A)</translation>
    </message>
    <message>
        <source>Accept All Predictions Above Threshold</source>
        <translation>임계값 이상 예측 모두 수락</translation>
    </message>
    <message>
        <source>Retry &amp;Saving</source>
        <translation>저장 다시 시도(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>화면에 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Other Annotators</source>
        <translation>다른 작업자 표시(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;Predictions</source>
        <translation>예측 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;My Labels</source>
        <translation>내 라벨 표시(&amp;M)</translation>
    </message>
    <message>
        <source>All Texts</source>
        <translation>모든 텍스트</translation>
    </message>
    <message>
        <source>Texts That Fit</source>
        <translation>박스에 맞는 텍스트</translation>
    </message>
    <message>
        <source>Selected Box&apos;s Text</source>
        <translation>선택한 박스의 텍스트</translation>
    </message>
    <message>
        <source>No Texts</source>
        <translation>텍스트 숨김</translation>
    </message>
    <message>
        <source>Next Text Mode</source>
        <translation>다음 텍스트 표시 모드</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>범례(&amp;L)</translation>
    </message>
    <message>
        <source>Te&amp;xt Pane</source>
        <translation>텍스트 창(&amp;X)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2. Its labels are drawn on an empty page.</source>
        <translation>%1을(를) 표시할 수 없습니다: %2. 라벨은 빈 페이지 위에 그려집니다.</translation>
    </message>
    <message>
        <source>Accept Prediction</source>
        <translation>예측 수락</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Prediction(s)</source>
        <translation>
            <numerusform>예측 %n개 수락</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>lector::CanvasLegend</name>
    <message>
        <source>my labels (faded)</source>
        <translation>내 라벨 (흐리게)</translation>
    </message>
    <message>
        <source>my labels</source>
        <translation>내 라벨</translation>
    </message>
    <message>
        <source>illegible</source>
        <translation>판독 불가</translation>
    </message>
    <message>
        <source>don&apos;t care</source>
        <translation>무시 영역 (don&apos;t care)</translation>
    </message>
    <message>
        <source>other annotators (their colour)</source>
        <translation>다른 작업자 (작업자별 색)</translation>
    </message>
    <message>
        <source>predictions, confidence 0 → 1</source>
        <translation>예측, 신뢰도 0 → 1</translation>
    </message>
    <message>
        <source>found</source>
        <translation>찾음</translation>
    </message>
    <message>
        <source>false detection</source>
        <translation>오검출</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>놓침</translation>
    </message>
    <message>
        <source>set aside (don&apos;t care)</source>
        <translation>제외 (무시 영역)</translation>
    </message>
</context>
<context>
    <name>lector::ChartCard</name>
    <message>
        <source>Export as PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export as PNG at 2× resolution…</source>
        <translation>2× 해상도 PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export this chart as PNG or SVG</source>
        <translation>이 차트를 PNG 또는 SVG로 내보냅니다</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>lector::DashboardPanel</name>
    <message>
        <source>Open a project to see its label noise.</source>
        <translation>라벨 노이즈를 보려면 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Export HTML Report…</source>
        <translation>HTML 보고서 내보내기…</translation>
    </message>
    <message>
        <source>Feedback Page…</source>
        <translation>피드백 페이지…</translation>
    </message>
    <message>
        <source>The selected annotator&apos;s page to hand over: agreement, kinds of disagreement, confusions, speed, last batches, guideline rules (HTML or PDF)</source>
        <translation>선택한 작업자에게 전달할 페이지: 일치도, 불일치 유형, 혼동, 속도, 최근 배치, 가이드 규칙(HTML 또는 PDF)</translation>
    </message>
    <message>
        <source>Feedback page for %1</source>
        <translation>%1 피드백 페이지</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation>웹 페이지 (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>슬라이스</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Worst agreement first; double-click opens the image</source>
        <translation>일치도가 낮은 순; 두 번 클릭하면 이미지를 엽니다</translation>
    </message>
    <message>
        <source>Double-click a pair to list the images both labeled</source>
        <translation>쌍을 두 번 클릭하면 두 작업자가 모두 라벨링한 이미지를 나열합니다</translation>
    </message>
    <message>
        <source>Double-click a slice to list its images</source>
        <translation>슬라이스를 두 번 클릭하면 해당 이미지를 나열합니다</translation>
    </message>
    <message>
        <source>Double-click an annotator to list their images, worst agreement first</source>
        <translation>작업자를 두 번 클릭하면 해당 작업자의 이미지를 일치도가 낮은 순으로 나열합니다</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Export the dashboard to</source>
        <translation>대시보드를 내보낼 위치</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Computing the dashboard</source>
        <translation>대시보드 계산 중</translation>
    </message>
    <message>
        <source>Canceled. Refresh computes the dashboard again.</source>
        <translation>취소되었습니다. 새로 고침을 누르면 대시보드를 다시 계산합니다.</translation>
    </message>
    <message>
        <source>The agreement history was not updated: %1</source>
        <translation>일치도 기록이 업데이트되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Writing %1&apos;s feedback page…</source>
        <translation>%1의 피드백 페이지를 작성하는 중…</translation>
    </message>
    <message>
        <source>Feedback for %1</source>
        <translation>%1 피드백</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Agreement by pair (IoU ≥ %1)</source>
        <translation>쌍별 일치도 (IoU ≥ %1)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>mean IoU</source>
        <translation>평균 IoU</translation>
    </message>
    <message>
        <source>CER</source>
        <translation>CER</translation>
    </message>
    <message>
        <source>v%1: all words</source>
        <translation>v%1: 모든 단어</translation>
    </message>
    <message>
        <source>v%1: %2 %3</source>
        <translation>v%1: %2 %3</translation>
    </message>
    <message>
        <source>Before and after each guideline change, on its slices</source>
        <translation>가이드 변경 전후의 일치도 (해당 슬라이스 기준)</translation>
    </message>
    <message>
        <source>F1 before</source>
        <translation>변경 전 F1</translation>
    </message>
    <message>
        <source>F1 after</source>
        <translation>변경 후 F1</translation>
    </message>
    <message>
        <source>same text before</source>
        <translation>변경 전 텍스트 일치</translation>
    </message>
    <message>
        <source>same text after</source>
        <translation>변경 후 텍스트 일치</translation>
    </message>
    <message>
        <source>Speed against agreement with the consensus</source>
        <translation>속도 대비 합의안과의 일치도</translation>
    </message>
    <message>
        <source>boxes per active hour</source>
        <translation>활동 시간당 박스 수</translation>
    </message>
    <message>
        <source>agreement with consensus</source>
        <translation>합의안과의 일치도</translation>
    </message>
    <message>
        <source>Boxes per active hour</source>
        <translation>활동 시간당 박스 수</translation>
    </message>
    <message>
        <source>boxes per hour</source>
        <translation>시간당 박스 수</translation>
    </message>
    <message>
        <source>Conflicts by kind</source>
        <translation>유형별 충돌</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>%1 annotators; α text %2, α geometry %3; %4 open conflicts.</source>
        <translation>작업자 %1명; 텍스트 α %2, 형상 α %3; 미해결 충돌 %4건.</translation>
    </message>
    <message>
        <source>Agreement by %1: rare cases are the noisy ones</source>
        <translation>%1별 일치도: 드문 사례일수록 노이즈가 많음</translation>
    </message>
    <message>
        <source>%1 images labeled by %2 and %3, worst F1 first</source>
        <translation>%2, %3 모두 라벨링한 이미지 %1개 (F1 낮은 순)</translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words</source>
        <translation>%2 %3 단어가 있는 이미지 %1개</translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words (guideline v%4)</source>
        <translation>%2 %3 단어가 있는 이미지 %1개 (가이드 v%4)</translation>
    </message>
    <message>
        <source>%1 images labeled under guideline v%2</source>
        <translation>가이드 v%2로 라벨링한 이미지 %1개</translation>
    </message>
    <message>
        <source>%1 images labeled by %2, worst agreement first</source>
        <translation>%2 작업자가 라벨링한 이미지 %1개 (일치도 낮은 순)</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>아직 내보낼 내용이 없습니다.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Label noise</source>
        <translation>라벨 노이즈</translation>
    </message>
</context>
<context>
    <name>lector::DatasetBrowser</name>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>모든 이미지</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>라벨링 안 됨</translation>
    </message>
    <message>
        <source>Labeled by me</source>
        <translation>내가 라벨링함</translation>
    </message>
    <message>
        <source>Labeled by at least…</source>
        <translation>최소 작업자 수 이상 라벨링함…</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>충돌 있음</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검수됨</translation>
    </message>
    <message>
        <source>To do for me</source>
        <translation>내 할 일</translation>
    </message>
    <message>
        <source>Done by me</source>
        <translation>내가 완료함</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>The least number of annotators an image has</source>
        <translation>이미지당 최소 작업자 수</translation>
    </message>
    <message>
        <source>File name contains…</source>
        <translation>파일 이름 포함…</translation>
    </message>
    <message>
        <source>Transcription contains…</source>
        <translation>전사 텍스트 포함…</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>가져온 순서</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>박스 수</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>작업자 수</translation>
    </message>
    <message>
        <source>Panel order</source>
        <translation>패널 순서</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <source>List every image again</source>
        <translation>모든 이미지 다시 표시</translation>
    </message>
    <message>
        <source>Image &amp;List</source>
        <translation>이미지 목록(&amp;L)</translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation>썸네일 격자(&amp;G)</translation>
    </message>
    <message>
        <source>Sort &amp;Descending</source>
        <translation>내림차순 정렬(&amp;D)</translation>
    </message>
    <message>
        <source>Find in &amp;Transcriptions</source>
        <translation>전사 텍스트에서 찾기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh Image List</source>
        <translation>이미지 목록 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Image list (Ctrl+Shift+L)</source>
        <translation>이미지 목록 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Thumbnail grid (Ctrl+Shift+G)</source>
        <translation>썸네일 격자 (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>모든 배치</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>모든 분할</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>%1 표시 중</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>이미지 %1개</translation>
    </message>
</context>
<context>
    <name>lector::DistributionPanel</name>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>박스</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>라벨</translation>
    </message>
    <message>
        <source>Open a project to see what its data is made of.</source>
        <translation>데이터 구성을 보려면 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>모든 작업자</translation>
    </message>
    <message>
        <source>Count one annotator&apos;s labels only (consensus regions are never counted)</source>
        <translation>한 작업자의 라벨만 집계 (합의안 영역은 집계하지 않음)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Click a bar to show its images</source>
        <translation>막대를 클릭하면 해당 이미지를 표시합니다</translation>
    </message>
    <message>
        <source>Labels of:</source>
        <translation>라벨 작업자:</translation>
    </message>
    <message>
        <source>Computing the distribution…</source>
        <translation>분포를 계산하는 중…</translation>
    </message>
    <message>
        <source>Computing the distribution</source>
        <translation>분포 계산 중</translation>
    </message>
    <message>
        <source>Canceled. Press Refresh to compute the distribution.</source>
        <translation>취소되었습니다. 분포를 계산하려면 새로 고침을 누르십시오.</translation>
    </message>
    <message>
        <source>%1 images, %2 labels of %3. Click a bar to show its images.</source>
        <translation>이미지 %1개, %3의 라벨 %2개. 막대를 클릭하면 해당 이미지를 표시합니다.</translation>
    </message>
    <message>
        <source>all annotators (consensus left out)</source>
        <translation>모든 작업자 (합의안 제외)</translation>
    </message>
    <message>
        <source>%1: the %2 largest of %3</source>
        <translation>%1: %3개 중 상위 %2개</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: 없음</translation>
    </message>
</context>
<context>
    <name>lector::DriftPanel</name>
    <message>
        <source>A batch, or a range of UTC days typed as YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>배치 또는 YYYY-MM-DD..YYYY-MM-DD 형식으로 입력한 UTC 날짜 범위</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Show Images</source>
        <translation>이미지 보기</translation>
    </message>
    <message>
        <source>List the current side&apos;s images in the dataset browser</source>
        <translation>현재 쪽 이미지를 데이터셋 목록에 표시합니다</translation>
    </message>
    <message>
        <source>Open a project to compare its batches.</source>
        <translation>배치를 비교하려면 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>current</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>judged by</source>
        <translation>판정 방법</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Select a property to see both sides&apos; histograms</source>
        <translation>양쪽의 히스토그램을 보려면 속성을 선택하십시오</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>기준:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>현재:</translation>
    </message>
    <message>
        <source>Labels of:</source>
        <translation>라벨 작업자:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>실행:</translation>
    </message>
    <message>
        <source>Compare a current batch with a baseline: what moved, and whether the data set drifted.</source>
        <translation>현재 배치를 기준과 비교합니다: 무엇이 달라졌는지, 데이터셋에 드리프트가 생겼는지 확인합니다.</translation>
    </message>
    <message>
        <source>every annotator</source>
        <translation>모든 작업자</translation>
    </message>
    <message>
        <source>newest run</source>
        <translation>최신 실행</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>비교 중…</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>%1을(를) %2와(과) 비교</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 (%2 images) against %3 (%4 images)</source>
        <translation>%1(이미지 %2개) 대 %3(이미지 %4개)</translation>
    </message>
    <message>
        <source>; confidence of run %1</source>
        <translation>; 실행 %1의 신뢰도</translation>
    </message>
    <message>
        <source>; %1 images measured</source>
        <translation>; 이미지 %1개 측정</translation>
    </message>
    <message>
        <source>; %1 images left out (missing or unreadable): %2</source>
        <translation>; 이미지 %1개 제외(없거나 읽을 수 없음): %2</translation>
    </message>
    <message>
        <source>drift, </source>
        <translation>드리프트, </translation>
    </message>
    <message>
        <source>; PSI at or above %1</source>
        <translation>; PSI %1 이상</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>판정 안 됨</translation>
    </message>
    <message>
        <source>share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>%1 (drift&apos;s current side)</source>
        <translation>%1 (드리프트 현재 쪽)</translation>
    </message>
</context>
<context>
    <name>lector::DuplicatesPanel</name>
    <message>
        <source>Find Duplicates</source>
        <translation>중복 찾기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>이 이미지 유지</translation>
    </message>
    <message>
        <source>Keep the selected image and mark the others of its cluster duplicates of it; they leave every export (nothing is deleted).</source>
        <translation>선택한 이미지를 유지하고 같은 클러스터의 다른 이미지를 이 이미지의 중복으로 표시합니다. 표시된 이미지는 모든 내보내기에서 제외됩니다(삭제되지는 않음).</translation>
    </message>
    <message>
        <source>Near-duplicate threshold: bits of 64 in which two images&apos; hashes may differ</source>
        <translation>근사 중복 임계값: 두 이미지의 해시가 달라도 되는 비트 수(64비트 중)</translation>
    </message>
    <message>
        <source>Find Duplicates hashes the images (only new ones after the first time).</source>
        <translation>중복 찾기는 이미지를 해시합니다(처음 이후에는 새 이미지만).</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>라벨</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <source>Finding duplicate images…</source>
        <translation>중복 이미지 찾는 중…</translation>
    </message>
    <message>
        <source>Hashing the images…</source>
        <translation>이미지 해시 중…</translation>
    </message>
    <message>
        <source>Canceled; the images hashed so far are kept for next time.</source>
        <translation>취소되었습니다. 지금까지 해시한 이미지는 다음에 사용하도록 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) at %1 bits</source>
        <translation>
            <numerusform>%1비트 기준 클러스터 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) hashed now</source>
        <translation>
            <numerusform>; 이번에 해시한 이미지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) skipped (missing or not decoding)</source>
        <translation>
            <numerusform>; 건너뛴 이미지 %n개(없거나 디코딩 불가)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n candidate pair(s) the pixels told apart</source>
        <translation>
            <numerusform>; 픽셀 비교로 서로 다른 것으로 확인된 후보 쌍 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; checking the pixels of %n more pair(s)…</source>
        <translation>
            <numerusform>; 쌍 %n개의 픽셀을 추가로 확인 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking near-duplicate pairs…</source>
        <translation>근사 중복 쌍 확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exact: %n image(s) with the same pixels</source>
        <translation>
            <numerusform>정확히 일치: 픽셀이 같은 이미지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near: %n image(s), distance %1</source>
        <translation>
            <numerusform>근사: 이미지 %n개, 거리 %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (duplicate of image %1)</source>
        <translation> (이미지 %1의 중복)</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>라벨 없음</translation>
    </message>
</context>
<context>
    <name>lector::ExportDialog</name>
    <message>
        <source>Export Labels</source>
        <translation>라벨 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Only images marked &amp;done</source>
        <translation>완료 표시된 이미지만(&amp;D)</translation>
    </message>
    <message>
        <source>Only the images the annotator marked done (PPOCRLabel: fileState.txt then lists exactly those). Runs mark no image done.</source>
        <translation>작업자가 완료 표시한 이미지만 내보냅니다 (PPOCRLabel: fileState.txt에 정확히 그 이미지만 기록됩니다). 모델 실행은 어떤 이미지도 완료 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Recognition crops (rec_gt.txt and crop_img/)</source>
        <translation>인식용 크롭 (rec_gt.txt 및 crop_img/)(&amp;R)</translation>
    </message>
    <message>
        <source>Each word cut out along its quadrilateral, to train a recognizer (PPOCRLabel only).</source>
        <translation>인식기 학습용으로 각 단어를 4점 박스를 따라 잘라냅니다 (PPOCRLabel 전용).</translation>
    </message>
    <message>
        <source>Write the &amp;text after the confidence</source>
        <translation>신뢰도 뒤에 텍스트 쓰기(&amp;T)</translation>
    </message>
    <message>
        <source>ICDAR 2015 results of a run: the end-to-end task (4.4) reads the transcription; the text localization script (4.1) refuses it.</source>
        <translation>모델 실행의 ICDAR 2015 결과: 엔드투엔드 작업(4.4)은 전사 텍스트를 읽지만, 텍스트 위치 검출 스크립트(4.1)는 이를 거부합니다.</translation>
    </message>
    <message>
        <source>&amp;Copy the images next to the labels</source>
        <translation>라벨 옆에 이미지 복사(&amp;C)</translation>
    </message>
    <message>
        <source>What the export wrote and what the format cannot carry shows here.</source>
        <translation>내보낸 내용과 형식에 담을 수 없는 내용이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Labels of:</source>
        <translation>라벨 대상(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>출력 폴더(&amp;O):</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>합의안</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model run %1</source>
        <translation>모델 실행 %1</translation>
    </message>
    <message>
        <source>Model run %1 (%2)</source>
        <translation>모델 실행 %1 (%2)</translation>
    </message>
    <message>
        <source>The folder becomes the image folder PPOCRLabel opens: the images are copied into it, with Label.txt and fileState.txt beside them.</source>
        <translation>이 폴더는 PPOCRLabel이 여는 이미지 폴더가 됩니다: 이미지가 이 폴더에 복사되고, 그 옆에 Label.txt와 fileState.txt가 생성됩니다.</translation>
    </message>
    <message>
        <source>Choose a format and whose labels to export.</source>
        <translation>형식과 내보낼 라벨의 대상을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>출력 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Exporting %1 as %2…</source>
        <translation>%1을(를) %2 형식으로 내보내는 중…</translation>
    </message>
</context>
<context>
    <name>lector::FolderImportDialog</name>
    <message numerus="yes">
        <source>%1 in %2: %Ln regions on %3 images</source>
        <translation>
            <numerusform>%2의 %1: 이미지 %3개에 영역 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project from Folder</source>
        <translation>폴더에서 새 프로젝트</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>이미지 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped items</source>
        <translation>
            <numerusform>끌어다 놓은 항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%Ln images in %2 folders (%3)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;폴더 %2개에 이미지 %Ln개 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: the images alone</source>
        <translation>없음: 이미지만</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>라벨(&amp;L):</translation>
    </message>
    <message>
        <source>an &amp;annotator&apos;s labels</source>
        <translation>작업자의 라벨(&amp;A)</translation>
    </message>
    <message>
        <source>a model &amp;run&apos;s predictions</source>
        <translation>모델 실행의 예측(&amp;R)</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>가져오기 유형:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>import-&lt;date&gt;</source>
        <translation>import-&lt;날짜&gt;</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>배치(&amp;B):</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose where the project file goes</source>
        <translation>프로젝트 파일 위치 선택</translation>
    </message>
    <message>
        <source>Project File</source>
        <translation>프로젝트 파일</translation>
    </message>
    <message>
        <source>Lector projects (*.lector)</source>
        <translation>Lector 프로젝트 (*.lector)</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>프로젝트 파일(&amp;P):</translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders passed over:</source>
        <translation>
            <numerusform>건너뛴 파일 또는 폴더 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>Create and Import</source>
        <translation>만들고 가져오기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>The images are added without labels; nobody&apos;s labels are made.</source>
        <translation>이미지를 라벨 없이 추가합니다. 누구의 라벨도 만들지 않습니다.</translation>
    </message>
    <message>
        <source>Every region has a confidence: these look like a model&apos;s predictions.</source>
        <translation>모든 영역에 신뢰도가 있습니다. 모델의 예측으로 보입니다.</translation>
    </message>
    <message>
        <source>These look like people&apos;s labels.</source>
        <translation>사람이 만든 라벨로 보입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n images found have no labels in this set and are added without.</source>
        <translation>
            <numerusform>찾은 이미지 중 %n개는 이 세트에 라벨이 없어 라벨 없이 추가됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::GuidelineDiffDialog</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1을(를) %2와(과) 비교</translation>
    </message>
    <message>
        <source>%1 lines added, %2 removed.</source>
        <translation>%1줄 추가, %2줄 삭제.</translation>
    </message>
</context>
<context>
    <name>lector::GuidelineDock</name>
    <message>
        <source>Compare…</source>
        <translation>비교…</translation>
    </message>
    <message>
        <source>What changed between the shown version and the one before it</source>
        <translation>표시된 버전과 이전 버전 사이의 변경 사항</translation>
    </message>
    <message>
        <source>Edit and Publish…</source>
        <translation>편집 및 게시…</translation>
    </message>
    <message>
        <source>Leads write the next version with a changelog</source>
        <translation>리드가 변경 내역과 함께 다음 버전을 작성합니다</translation>
    </message>
    <message>
        <source>

---

## Special cases from review (%1)

</source>
        <translation>

---

## 검수에서 나온 특수 사례 (%1)

</translation>
    </message>
    <message>
        <source>**%1** — %2, %3 (%4)

</source>
        <translation>**%1** — %2, %3 (%4)

</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (적용 중)</translation>
    </message>
    <message>
        <source>This project has no guideline yet. A lead publishes one.</source>
        <translation>이 프로젝트에는 아직 가이드가 없습니다. 리드가 가이드를 게시합니다.</translation>
    </message>
    <message>
        <source>Published %1 by %2. %3</source>
        <translation>%2이(가) %1에 게시했습니다. %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>변경 사항: %1</translation>
    </message>
</context>
<context>
    <name>lector::GuidelineEditorDialog</name>
    <message>
        <source>Edit Guideline — Version %1</source>
        <translation>가이드 편집 — 버전 %1</translation>
    </message>
    <message>
        <source>What changed, and which cases it settles (required)</source>
        <translation>변경 내용과 이 변경으로 정해지는 경우 (필수)</translation>
    </message>
    <message>
        <source>&amp;Publish Version %1</source>
        <translation>버전 %1 게시(&amp;P)</translation>
    </message>
    <message>
        <source>The slices of the data this change is about: the dashboard compares agreement on them before and after this version</source>
        <translation>이 변경과 관련된 데이터 슬라이스: 대시보드에서 이 버전 전후의 일치도를 비교합니다</translation>
    </message>
    <message>
        <source>Changelog:</source>
        <translation>변경 내역:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>대상 슬라이스:</translation>
    </message>
</context>
<context>
    <name>lector::ImageBrowserModel</name>
    <message>
        <source>%1  ·  %2 boxes · %3 ann.</source>
        <translation>%1  ·  박스 %2개 · 작업자 %3명</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>%1
%2 × %3 px · batch %4 · split %5
%6 regions by %7 annotators, %8 mine · %9</source>
        <translation>%1
%2 × %3 px · 배치 %4 · 분할 %5
작업자 %7명의 영역 %6개, 내 영역 %8개 · %9</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>lector::ImportController</name>
    <message>
        <source>New Project from Folder</source>
        <translation>폴더에서 새 프로젝트</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Looking for images and labels:</source>
        <translation>이미지와 라벨을 찾는 중:</translation>
    </message>
    <message>
        <source>Cannot read the folder</source>
        <translation>폴더를 읽을 수 없음</translation>
    </message>
    <message>
        <source>No images found in %1.</source>
        <translation>%1에서 이미지를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>프로젝트를 만들 수 없음</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name, or open it and drop the folder on it.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 선택하거나, 그 프로젝트를 연 뒤 폴더를 끌어다 놓으십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped items</source>
        <translation>
            <numerusform>끌어다 놓은 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1:</source>
        <translation>%1 가져오는 중:</translation>
    </message>
    <message>
        <source>Import canceled; nothing was added.</source>
        <translation>가져오기가 취소되었습니다. 아무것도 추가되지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln images from %1</source>
        <translation>
            <numerusform>%1에서 이미지 %Ln개 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln regions</source>
        <translation>
            <numerusform>, 영역 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln images that do not decode left out</source>
        <translation>
            <numerusform>; 디코딩할 수 없는 이미지 %Ln개 제외</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln already in the project</source>
        <translation>
            <numerusform>; %Ln개는 이미 프로젝트에 있음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::ImportLabelsDialog</name>
    <message>
        <source>Import Labels / Predictions</source>
        <translation>라벨 / 예측 가져오기</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>found beside the labels</source>
        <translation>라벨과 같은 위치에서 찾음</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>An &amp;annotator&apos;s labels:</source>
        <translation>작업자의 라벨(&amp;A):</translation>
    </message>
    <message>
        <source>A model&apos;s &amp;predictions, as the run:</source>
        <translation>모델 예측, 모델 실행 이름(&amp;P):</translation>
    </message>
    <message>
        <source>model name (optional)</source>
        <translation>모델 이름 (선택 사항)</translation>
    </message>
    <message>
        <source>The role of an annotator new to the project.</source>
        <translation>프로젝트에 새로 추가되는 작업자의 역할입니다.</translation>
    </message>
    <message>
        <source>import-&lt;date&gt;</source>
        <translation>import-&lt;날짜&gt;</translation>
    </message>
    <message>
        <source>split (train, val, test)</source>
        <translation>분할 (train, val, test)</translation>
    </message>
    <message>
        <source>COCO results only: the ground-truth file whose images they name by id</source>
        <translation>COCO 결과 전용: 결과가 ID로 가리키는 이미지가 담긴 정답 파일</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>라벨(&amp;L):</translation>
    </message>
    <message>
        <source>I&amp;mages folder:</source>
        <translation>이미지 폴더(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>정답 파일(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Batch of new images:</source>
        <translation>새 이미지의 배치(&amp;B):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>Label File</source>
        <translation>라벨 파일</translation>
    </message>
    <message>
        <source>Folder of Label Files</source>
        <translation>라벨 파일 폴더</translation>
    </message>
    <message>
        <source>COCO Ground Truth</source>
        <translation>COCO 정답</translation>
    </message>
    <message>
        <source>COCO JSON (*.json);;All files (*)</source>
        <translation>COCO JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Images Folder</source>
        <translation>이미지 폴더</translation>
    </message>
    <message>
        <source>Reading the labels…</source>
        <translation>라벨을 읽는 중…</translation>
    </message>
    <message>
        <source>Looking at the labels…</source>
        <translation>라벨을 살펴보는 중…</translation>
    </message>
    <message>
        <source>Choose a label file or folder and its format.</source>
        <translation>라벨 파일 또는 폴더와 그 형식을 선택하십시오.</translation>
    </message>
    <message>
        <source>Name the run.</source>
        <translation>모델 실행 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Name the annotator.</source>
        <translation>작업자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Imported %1 regions on %2 images (%3 new, %4 already in the project%5) as %6 &quot;%7&quot;.</source>
        <translation>%6 &quot;%7&quot;(으)로 이미지 %2개의 영역 %1개를 가져왔습니다 (새 이미지 %3개, 프로젝트에 이미 있던 이미지 %4개%5).</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1개 건너뜀</translation>
    </message>
    <message>
        <source>model run</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>and %1 more warnings</source>
        <translation>그 밖의 경고 %1건</translation>
    </message>
</context>
<context>
    <name>lector::InspectorDock</name>
    <message>
        <source>Nothing selected.</source>
        <translation>선택된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Illegible</source>
        <translation>판독 불가</translation>
    </message>
    <message>
        <source>Don&apos;t care</source>
        <translation>무시 영역 (don&apos;t care)</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>텍스트:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>플래그:</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>형상:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>Region #%1</source>
        <translation>영역 #%1</translation>
    </message>
    <message>
        <source>%1
%2 × %3 px, %4°, %5 points</source>
        <translation>%1
%2 × %3 px, %4°, 점 %5개</translation>
    </message>
    <message>
        <source>%1, %2, guideline v%3, edited %4</source>
        <translation>%1, %2, 가이드 v%3, %4 편집됨</translation>
    </message>
</context>
<context>
    <name>lector::LabelDocument</name>
    <message>
        <source>The edits waiting to be saved could not be kept on this workstation (%1: %2); they stay on screen until the project takes them.</source>
        <translation>저장 대기 중인 편집을 이 컴퓨터에 보관할 수 없었습니다 (%1: %2). 프로젝트에 저장될 때까지 화면에 유지됩니다.</translation>
    </message>
    <message>
        <source>The journal of edits waiting to be saved cannot be read (%1: %2); it is left as it is.</source>
        <translation>저장 대기 중인 편집의 저널을 읽을 수 없습니다 (%1: %2). 저널은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>Edits on this image are not saved yet: %1</source>
        <translation>이 이미지의 편집이 아직 저장되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>There is no image %1 in the project.</source>
        <translation>프로젝트에 이미지 %1이(가) 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The edit could not be saved: %1. Your edits stay on screen and are saved in order once the store takes them (%n waiting).</source>
        <translation>
            <numerusform>편집을 저장할 수 없습니다: %1. 편집은 화면에 유지되며, 저장소가 받아들이면 순서대로 저장됩니다 (%n개 대기 중).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your change was not saved: %1. The labels as they are now are shown.</source>
        <translation>변경 사항이 저장되지 않았습니다: %1. 현재 상태의 라벨을 표시합니다.</translation>
    </message>
    <message>
        <source>Your change was not saved: %1. The labels as they are now are shown; you had typed %2.</source>
        <translation>변경 사항이 저장되지 않았습니다: %1. 현재 상태의 라벨을 표시합니다. 입력했던 내용: %2.</translation>
    </message>
</context>
<context>
    <name>lector::LabelNextPanel</name>
    <message>
        <source>Include labeled images</source>
        <translation>라벨링된 이미지 포함</translation>
    </message>
    <message>
        <source>By default only images no annotator has labeled are chosen</source>
        <translation>기본적으로 아무 작업자도 라벨링하지 않은 이미지만 선택합니다</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Open a project to choose what to label next.</source>
        <translation>다음 라벨링 대상을 선택하려면 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>picked by</source>
        <translation>선택 기준</translation>
    </message>
    <message>
        <source>Double-click opens the image</source>
        <translation>두 번 클릭하면 이미지를 엽니다</translation>
    </message>
    <message>
        <source>Images given to several annotators, so that their agreement keeps being measured</source>
        <translation>일치도를 계속 측정할 수 있도록 여러 작업자에게 함께 배정하는 이미지</translation>
    </message>
    <message>
        <source>to </source>
        <translation>작업자 </translation>
    </message>
    <message>
        <source> each</source>
        <translation>명씩</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Deal the chosen images out to the checked annotators; their queues are replaced</source>
        <translation>선택한 이미지를 체크한 작업자에게 나누어 배정합니다. 작업자의 기존 대기열은 대체됩니다</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>전략:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>모델 실행:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>비교 대상:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>이미지 수:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>중복 배정:</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>배정 대상:</translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation>대기열:</translation>
    </message>
    <message>
        <source>Each annotator&apos;s To do for me follows their queue</source>
        <translation>각 작업자의 &apos;내 할 일&apos;은 해당 작업자의 대기열을 따릅니다</translation>
    </message>
    <message>
        <source>Choose ranks the images by the strategy; Assign deals them out.</source>
        <translation>선택을 누르면 전략에 따라 이미지 순위를 매기고, 배정을 누르면 이미지를 나누어 배정합니다.</translation>
    </message>
    <message>
        <source>newest run</source>
        <translation>최신 모델 실행</translation>
    </message>
    <message>
        <source>The project is open read-only</source>
        <translation>프로젝트가 읽기 전용으로 열려 있습니다</translation>
    </message>
    <message>
        <source>Choosing…</source>
        <translation>선택 중…</translation>
    </message>
    <message>
        <source>Choosing what to label next</source>
        <translation>다음 라벨링 대상 선택 중</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 candidate images%3.</source>
        <translation>후보 이미지 %2개 중 %1개%3.</translation>
    </message>
    <message>
        <source>, run %1</source>
        <translation>, 모델 실행 %1</translation>
    </message>
    <message>
        <source>%1 duplicates left out.</source>
        <translation>중복 %1개를 제외했습니다.</translation>
    </message>
    <message>
        <source>Choose images first.</source>
        <translation>먼저 이미지를 선택하십시오.</translation>
    </message>
    <message>
        <source>The project is open read-only: no queue can be assigned.</source>
        <translation>프로젝트가 읽기 전용으로 열려 있어 대기열을 배정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the annotators to assign the images to.</source>
        <translation>이미지를 배정할 작업자를 체크하십시오.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2개</translation>
    </message>
    <message>
        <source>Assigned %1 images (%2 shared): %3 (Edit ▸ Undo takes it back).</source>
        <translation>이미지 %1개를 배정했습니다(공유 %2개): %3 (편집 ▸ 실행 취소로 되돌릴 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>lector::LiveUpdates</name>
    <message>
        <source>Live again: what changed while the connection was lost was read again.</source>
        <translation>실시간 업데이트 재개: 연결이 끊긴 동안 변경된 내용을 다시 읽었습니다.</translation>
    </message>
    <message>
        <source>Live: other members&apos; labels, reviews, assignments and guideline versions appear as they are saved.</source>
        <translation>실시간: 다른 구성원의 라벨, 검수, 배정, 가이드 버전이 저장되는 즉시 표시됩니다.</translation>
    </message>
    <message>
        <source>Live updates paused: %1. Tried again every %2 s; your own edits are saved as before.</source>
        <translation>실시간 업데이트 일시 중지됨: %1. %2초마다 다시 시도합니다. 내 편집 내용은 이전과 같이 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>lector::MainWindow</name>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>An edit of an earlier session, kept on this workstation, is saved to the project now.</source>
        <translation>이전 세션에서 이 워크스테이션에 보관된 편집 1개를 지금 프로젝트에 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 edits of an earlier session, kept on this workstation, are saved to the project now.</source>
        <translation>이전 세션에서 이 워크스테이션에 보관된 편집 %1개를 지금 프로젝트에 저장했습니다.</translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation>x %1  y %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Edits not saved yet</source>
        <translation>아직 저장되지 않은 편집</translation>
    </message>
    <message>
        <source>An edit could not be saved to the project yet: %1</source>
        <translation>편집 1개를 아직 프로젝트에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 edits could not be saved to the project yet: %2</source>
        <translation>편집 %1개를 아직 프로젝트에 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>They are kept on this workstation and saved when you open the project again as %1.</source>
        <translation>편집은 이 워크스테이션에 보관되며, %1(으)로 프로젝트를 다시 열면 저장됩니다.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Quit, Keep Them Here</source>
        <translation>종료하고 여기에 보관</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>가이드</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검수</translation>
    </message>
    <message>
        <source>Noise Dashboard</source>
        <translation>노이즈 대시보드</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>분포</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>의심 라벨</translation>
    </message>
    <message>
        <source>Label Next</source>
        <translation>다음 라벨링 대상</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>드리프트</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>New Project from &amp;Folder…</source>
        <translation>폴더에서 새 프로젝트(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Add Images from Folder…</source>
        <translation>폴더에서 이미지 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Server Project…</source>
        <translation>서버 프로젝트 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Add Images from Folder</source>
        <translation>폴더에서 이미지 추가</translation>
    </message>
    <message>
        <source>&amp;Switch Annotator…</source>
        <translation>작업자 전환(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Undo Project Step</source>
        <translation>프로젝트 단계 실행 취소</translation>
    </message>
    <message>
        <source>Redo Project Step</source>
        <translation>프로젝트 단계 다시 실행</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>&amp;Pre-label with OCR…</source>
        <translation>OCR로 사전 라벨링(&amp;P)…</translation>
    </message>
    <message>
        <source>Promote Predictions to Pre-&amp;labels…</source>
        <translation>예측을 사전 라벨로 승격(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Re-read Selected Boxes</source>
        <translation>선택한 박스 다시 인식(&amp;R)</translation>
    </message>
    <message>
        <source>Re-read &amp;All Boxes on This Image</source>
        <translation>이 이미지의 모든 박스 다시 인식(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>다음 이미지(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>이전 이미지(&amp;P)</translation>
    </message>
    <message>
        <source>Next Image &amp;To Do</source>
        <translation>다음 할 일 이미지(&amp;T)</translation>
    </message>
    <message>
        <source>Mark &amp;Done and Go to Next To Do</source>
        <translation>완료 표시 후 다음 할 일로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>Mark In &amp;Progress</source>
        <translation>진행 중 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Te&amp;xts</source>
        <translation>텍스트(&amp;X)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Prediction &amp;Run</source>
        <translation>예측 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Acceptance &amp;Threshold…</source>
        <translation>수락 임계값(&amp;T)…</translation>
    </message>
    <message>
        <source>Acceptance Threshold</source>
        <translation>수락 임계값</translation>
    </message>
    <message>
        <source>Accept all predictions with a confidence of at least:</source>
        <translation>다음 신뢰도 이상인 예측을 모두 수락:</translation>
    </message>
    <message>
        <source>&amp;Evaluation Overlay</source>
        <translation>평가 오버레이(&amp;E)</translation>
    </message>
    <message>
        <source>Draw the Predictions panel&apos;s evaluation on the canvas: found words green, false detections red dashed, missed words orange dotted</source>
        <translation>예측 패널의 평가 결과를 캔버스에 표시합니다: 찾은 단어는 녹색, 오검출은 빨간 파선, 놓친 단어는 주황 점선</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>레이아웃 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>라이트(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>다크(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>검수(&amp;R)</translation>
    </message>
    <message>
        <source>Build &amp;Consensus and Conflicts</source>
        <translation>합의안 및 충돌 생성(&amp;C)</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Images…</source>
        <translation>중복 이미지 찾기(&amp;D)…</translation>
    </message>
    <message>
        <source>Find &amp;Label Errors…</source>
        <translation>라벨 오류 찾기(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose What to Label &amp;Next…</source>
        <translation>다음 라벨링 대상 선택(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare &amp;Batches for Drift…</source>
        <translation>배치 간 드리프트 비교(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>설명서(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About Lector</source>
        <translation>Lector 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Lector</source>
        <translation>Lector 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lector %1&lt;/b&gt;&lt;p&gt;The labeling IDE for OCR datasets.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Lector %1&lt;/b&gt;&lt;p&gt;OCR 데이터셋을 위한 라벨링 IDE입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 실시간</translation>
    </message>
    <message>
        <source>○ Live updates paused</source>
        <translation>○ 실시간 업데이트 일시 중지됨</translation>
    </message>
    <message>
        <source>No annotator chosen; the project was not opened.</source>
        <translation>작업자를 선택하지 않아 프로젝트를 열지 않았습니다.</translation>
    </message>
    <message>
        <source>This project is read-only (%1 cannot be written): you can look at it and export from it, but not edit it. Copy it somewhere writable to label.</source>
        <translation>이 프로젝트는 읽기 전용입니다(%1에 쓸 수 없음). 보기와 내보내기는 가능하지만 편집할 수는 없습니다. 라벨링하려면 쓰기 가능한 위치로 복사하십시오.</translation>
    </message>
    <message>
        <source>New guideline version</source>
        <translation>새 가이드 버전</translation>
    </message>
    <message>
        <source>This project labels by guideline version %1. It is open in the Guideline panel.</source>
        <translation>이 프로젝트는 가이드 버전 %1에 따라 라벨링합니다. 가이드 패널에 열려 있습니다.</translation>
    </message>
    <message>
        <source>The guideline changed: version %1 is now in force.

%2</source>
        <translation>가이드가 변경되었습니다. 이제 버전 %1이(가) 적용됩니다.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of my regions here are %1 %2</source>
        <translation>
            <numerusform>이 이미지에서 내 영역 %n개가 %1 %2입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Every image is done. Well done!</source>
        <translation>모든 이미지를 완료했습니다. 수고하셨습니다!</translation>
    </message>
    <message>
        <source>Cannot publish the guideline</source>
        <translation>가이드를 게시할 수 없음</translation>
    </message>
    <message>
        <source>Guideline version %1 published; new labels record it.</source>
        <translation>가이드 버전 %1을(를) 게시했습니다. 새 라벨에 이 버전이 기록됩니다.</translation>
    </message>
    <message>
        <source>Clustering the annotators&apos; regions:</source>
        <translation>작업자 영역 클러스터링 중:</translation>
    </message>
    <message>
        <source>Consensus: %1 regions from %2 clusters; %3 conflicts: %4 settled by majority, %5 to review.</source>
        <translation>합의안: 클러스터 %2개에서 영역 %1개, 충돌 %3개: 다수결로 확정 %4개, 검수 필요 %5개.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>열린 프로젝트 없음</translation>
    </message>
    <message>
        <source>The project has no images yet: File ▸ Add Images from Folder…, or drop a folder of scans here.</source>
        <translation>프로젝트에 아직 이미지가 없습니다. 파일 ▸ 폴더에서 이미지 추가…를 사용하거나 스캔 폴더를 여기에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3</source>
        <translation>이미지 %1/%2 — %3</translation>
    </message>
    <message>
        <source>Nothing selected. %1 regions on this image.</source>
        <translation>선택 항목이 없습니다. 이 이미지에 영역 %1개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 regions selected.</source>
        <translation>영역 %1개를 선택했습니다.</translation>
    </message>
    <message>
        <source>Your last edit is not saved yet: %1. It stays on screen; Retry saves it.</source>
        <translation>마지막 편집을 아직 저장하지 못했습니다: %1. 화면에는 그대로 남아 있으며, 다시 시도하면 저장됩니다.</translation>
    </message>
    <message>
        <source>The project could not be changed: %1</source>
        <translation>프로젝트를 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Lector projects (*.lector);;All files (*)</source>
        <translation>Lector 프로젝트 (*.lector);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Lector projects (*.lector)</source>
        <translation>Lector 프로젝트 (*.lector)</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>프로젝트를 만들 수 없음</translation>
    </message>
    <message>
        <source>Cannot open the demo project</source>
        <translation>데모 프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Writing the demo project:</source>
        <translation>데모 프로젝트 쓰는 중:</translation>
    </message>
    <message>
        <source>Cannot write the demo project</source>
        <translation>데모 프로젝트를 쓸 수 없음</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>시스템 설정 (%1)</translation>
    </message>
    <message>
        <source>Lector shows the new language when it starts again.</source>
        <translation>Lector를 다시 시작하면 새 언어로 표시됩니다.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>지금 다시 시작</translation>
    </message>
</context>
<context>
    <name>lector::ManualDialog</name>
    <message>
        <source>Lector Manual</source>
        <translation>Lector 설명서</translation>
    </message>
    <message>
        <source>%1 is in the docs folder of Lector&apos;s sources and in /usr/share/doc/lector.</source>
        <translation>%1은(는) Lector 소스의 docs 폴더와 /usr/share/doc/lector에 있습니다.</translation>
    </message>
</context>
<context>
    <name>lector::OcrController</name>
    <message>
        <source>Pre-label with OCR</source>
        <translation>OCR로 사전 라벨링</translation>
    </message>
    <message>
        <source>Tesseract languages joined by &apos;+&apos;</source>
        <translation>&apos;+&apos;로 연결한 Tesseract 언어</translation>
    </message>
    <message>
        <source>Automatic page layout (3)</source>
        <translation>자동 페이지 레이아웃 (3)</translation>
    </message>
    <message>
        <source>One column of text (4)</source>
        <translation>단일 텍스트 열 (4)</translation>
    </message>
    <message>
        <source>One block of text (6)</source>
        <translation>단일 텍스트 블록 (6)</translation>
    </message>
    <message>
        <source>Sparse text, no order (11)</source>
        <translation>흩어진 텍스트, 순서 없음 (11)</translation>
    </message>
    <message>
        <source>Every image of the project</source>
        <translation>프로젝트의 모든 이미지</translation>
    </message>
    <message numerus="yes">
        <source>The %n image(s) the browser lists</source>
        <translation>
            <numerusform>데이터셋 목록에 표시된 이미지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>This image only</source>
        <translation>이 이미지만</translation>
    </message>
    <message>
        <source>automatic: engine, language and time</source>
        <translation>자동: 엔진, 언어, 시각</translation>
    </message>
    <message>
        <source>Then make the words my pre-labels, when their confidence is at least</source>
        <translation>이어서 신뢰도가 다음 값 이상인 단어를 내 사전 라벨로 만들기</translation>
    </message>
    <message>
        <source>Worker threads, one engine each</source>
        <translation>작업 스레드 수 (스레드마다 엔진 하나)</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>엔진:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Page layout:</source>
        <translation>페이지 레이아웃:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>작업 스레드:</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>실행 이름:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>읽을 범위:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Pre-labeling with %1:</source>
        <translation>%1 사전 라벨링:</translation>
    </message>
    <message>
        <source>Pre-labeling failed</source>
        <translation>사전 라벨링 실패</translation>
    </message>
    <message>
        <source>Pre-labeling canceled</source>
        <translation>사전 라벨링 취소됨</translation>
    </message>
    <message>
        <source>%1 of %2 images were read before the run was canceled. Keep their words as run &quot;%3&quot;?</source>
        <translation>실행이 취소되기 전에 이미지 %2개 중 %1개를 읽었습니다. 읽은 단어를 모델 실행 &quot;%3&quot;(으)로 보관할까요?</translation>
    </message>
    <message>
        <source>Pre-labeling canceled: %1 of %2 images kept in run %3.</source>
        <translation>사전 라벨링이 취소되었습니다. 이미지 %2개 중 %1개가 모델 실행 %3에 보관되었습니다.</translation>
    </message>
    <message>
        <source>Run %1: %2 words on %3 images in %4 (%5 images/s).</source>
        <translation>모델 실행 %1: 이미지 %3개에서 단어 %2개를 %4 동안 읽었습니다 (초당 이미지 %5개).</translation>
    </message>
    <message numerus="yes">
        <source> %n word(s) below the confidence threshold %1.</source>
        <translation>
            <numerusform> 단어 %n개가 신뢰도 임계값 %1 미만입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n image(s) could not be read</source>
        <translation>
            <numerusform> 이미지 %n개를 읽지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the run&apos;s words pre-labels of %1</source>
        <translation>모델 실행의 단어를 %1의 사전 라벨로 만드는 중</translation>
    </message>
    <message>
        <source>Cannot promote the predictions</source>
        <translation>예측을 사전 라벨로 전환할 수 없음</translation>
    </message>
    <message>
        <source>%1 words became pre-labels of %2; %3 already had a label.</source>
        <translation>단어 %1개가 %2의 사전 라벨이 되었습니다. %3개는 이미 라벨이 있었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) below the threshold %1 were left out.</source>
        <translation>
            <numerusform>임계값 %1 미만인 단어 %n개는 제외되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo Project Step takes them back.</source>
        <translation>편집 ▸ 프로젝트 단계 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Promote Predictions</source>
        <translation>예측 전환</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>제외된 단어 보기</translation>
    </message>
    <message>
        <source>The project has no model run yet.</source>
        <translation>프로젝트에 아직 모델 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Promote Predictions to Pre-labels</source>
        <translation>예측을 사전 라벨로 전환</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>모델 실행:</translation>
    </message>
    <message>
        <source>Pre-labels of:</source>
        <translation>사전 라벨 대상:</translation>
    </message>
    <message>
        <source>Confidence at least:</source>
        <translation>최소 신뢰도:</translation>
    </message>
    <message>
        <source>Words that overlap a label the annotator already has are skipped, so promoting twice adds nothing.</source>
        <translation>작업자에게 이미 있는 라벨과 겹치는 단어는 건너뛰므로, 두 번 전환해도 추가되는 것은 없습니다.</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>텍스트를 바꿀까요?</translation>
    </message>
    <message numerus="yes">
        <source>The engine read a different text for %n box(es) that already have a text, imported or typed by a person. Replace it with the engine&apos;s?</source>
        <translation>
            <numerusform>사람이 가져오거나 입력한 텍스트가 이미 있는 박스 %n개에서 엔진이 다른 텍스트를 읽었습니다. 엔진이 읽은 텍스트로 바꿀까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Select the boxes to read again first.</source>
        <translation>먼저 다시 읽을 박스를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n box(es) again</source>
        <translation>
            <numerusform>박스 %n개 다시 읽는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>The image changed before the text was read.</source>
        <translation>텍스트를 읽기 전에 이미지가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Read %1 boxes again: %2 changed, %3 kept as a person typed them, %4 the same.</source>
        <translation>박스 %1개를 다시 읽었습니다: %2개 변경, %3개는 사람이 입력한 대로 유지, %4개는 동일.</translation>
    </message>
</context>
<context>
    <name>lector::PredictionPanel</name>
    <message>
        <source>The model run to evaluate</source>
        <translation>평가할 모델 실행</translation>
    </message>
    <message>
        <source>What the run is scored against: an annotator&apos;s labels, the consensus, or another run</source>
        <translation>모델 실행을 비교할 기준: 작업자의 라벨, 합의안 또는 다른 모델 실행</translation>
    </message>
    <message>
        <source>Greedy (ICDAR 2015)</source>
        <translation>탐욕적 매칭 (ICDAR 2015)</translation>
    </message>
    <message>
        <source>Optimal (Hungarian)</source>
        <translation>최적 매칭 (헝가리안)</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>대소문자 무시</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Open a project with a model run to see how it does.</source>
        <translation>모델 실행의 성능을 보려면 모델 실행이 있는 프로젝트를 여십시오.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Worst H-mean first; double-click opens the image with its found, false and missed words</source>
        <translation>H-평균이 가장 낮은 이미지부터 표시; 두 번 클릭하면 찾은 단어, 오검출 단어, 놓친 단어와 함께 이미지를 엽니다</translation>
    </message>
    <message>
        <source>word has</source>
        <translation>정답 문자</translation>
    </message>
    <message>
        <source>model read</source>
        <translation>모델 인식</translation>
    </message>
    <message>
        <source>times</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>Characters of the matched words the model read wrong, most frequent first; an empty cell is a character dropped or added</source>
        <translation>매칭된 단어에서 모델이 잘못 읽은 문자(빈도가 높은 순); 빈 칸은 빠지거나 추가된 문자입니다</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>차원</translation>
    </message>
    <message>
        <source>bin</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>Double-click a slice to list its images</source>
        <translation>슬라이스를 두 번 클릭하면 해당 이미지 목록을 표시합니다</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>모델 실행</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Misreads</source>
        <translation>오인식</translation>
    </message>
    <message>
        <source>Slices and batches</source>
        <translation>슬라이스 및 배치</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>성능 저하</translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words</source>
        <translation>%2 %3 단어가 있는 이미지 %1개</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>모델 실행:</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>비교 기준:</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>매칭:</translation>
    </message>
    <message>
        <source>No model run yet: pre-label with Tools ▸ Pre-label with OCR, or import predictions (lector-cli import --predictions RUN).</source>
        <translation>아직 모델 실행이 없습니다. 도구 ▸ OCR로 사전 라벨링으로 사전 라벨링하거나 예측을 가져오십시오(lector-cli import --predictions RUN).</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>모델 실행 %1</translation>
    </message>
    <message>
        <source>Evaluating %1 against %2…</source>
        <translation>%2 기준으로 %1 평가 중…</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>%1 평가 중</translation>
    </message>
    <message>
        <source>evaluation canceled</source>
        <translation>평가 취소됨</translation>
    </message>
    <message>
        <source>Canceled. Evaluate runs it again.</source>
        <translation>취소되었습니다. 평가를 누르면 다시 실행합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt; on %3 images: precision %4%, recall %5%, H-mean %6%; word accuracy %7%, CER %8%, WER %9%.</source>
        <translation>이미지 %3개에서 &lt;b&gt;%2&lt;/b&gt; 기준 &lt;b&gt;%1&lt;/b&gt;: 정밀도 %4%, 재현율 %5%, H-평균 %6%; 단어 정확도 %7%, CER %8%, WER %9%.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Matched in file order: some detections have no confidence, so there is no average precision (the ICDAR script ranks detections by confidence).</source>
        <translation>파일 순서로 매칭했습니다. 일부 검출에 신뢰도가 없으므로 평균 정밀도(AP)가 없습니다(ICDAR 스크립트는 신뢰도에 따라 검출의 순위를 매깁니다).</translation>
    </message>
    <message>
        <source>No average precision: no detection of this run has a confidence.</source>
        <translation>평균 정밀도 없음: 이 모델 실행의 검출에는 신뢰도가 하나도 없습니다.</translation>
    </message>
    <message>
        <source>Runs against %1</source>
        <translation>%1 기준 모델 실행</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>H-mean</source>
        <translation>H-평균</translation>
    </message>
    <message>
        <source>word accuracy</source>
        <translation>단어 정확도</translation>
    </message>
    <message>
        <source>The run has no confidences</source>
        <translation>이 모델 실행에는 신뢰도가 없음</translation>
    </message>
    <message>
        <source>Confidence of the detections (lower bound of each bin)</source>
        <translation>검출 신뢰도 (각 구간의 하한)</translation>
    </message>
    <message>
        <source>found a word</source>
        <translation>단어 찾음</translation>
    </message>
    <message>
        <source>false</source>
        <translation>오검출</translation>
    </message>
    <message>
        <source>Precision and recall above a confidence threshold (best H-mean %1% at %2)</source>
        <translation>신뢰도 임계값 이상의 정밀도와 재현율 (최고 H-평균 %1%, 임계값 %2)</translation>
    </message>
    <message>
        <source>confidence threshold</source>
        <translation>신뢰도 임계값</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Across batches, in import order</source>
        <translation>배치별 (가져온 순서)</translation>
    </message>
    <message>
        <source>By %1: a weak slice stands out here, not in the average</source>
        <translation>%1별: 약한 슬라이스는 평균이 아니라 여기에서 드러납니다</translation>
    </message>
    <message>
        <source>%1 images with %2 %3 words (run %4)</source>
        <translation>%2 %3 단어가 있는 이미지 %1개 (모델 실행 %4)</translation>
    </message>
    <message>
        <source>%1 evaluated images of batch %2</source>
        <translation>배치 %2에서 평가된 이미지 %1개</translation>
    </message>
    <message>
        <source>found &quot;%1&quot; (IoU %2)</source>
        <translation>&quot;%1&quot; 찾음 (IoU %2)</translation>
    </message>
    <message>
        <source>found, read &quot;%1&quot; for &quot;%2&quot; (IoU %3)</source>
        <translation>찾았으나 &quot;%2&quot;을(를) &quot;%1&quot;(으)로 읽음 (IoU %3)</translation>
    </message>
    <message>
        <source>false detection &quot;%1&quot;</source>
        <translation>오검출 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missed &quot;%1&quot;</source>
        <translation>놓침 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>set aside: inside a don&apos;t-care region</source>
        <translation>제외: 무시 영역 (don&apos;t care) 안에 있음</translation>
    </message>
</context>
<context>
    <name>lector::ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source> %1 of %2</source>
        <translation> %1/%2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>lector::ProjectSession</name>
    <message>
        <source>no project is open</source>
        <translation>열려 있는 프로젝트가 없습니다</translation>
    </message>
    <message>
        <source>on a server project you work as your database user (%1): connect as another user to switch</source>
        <translation>서버 프로젝트에서는 데이터베이스 사용자(%1)로 작업합니다: 전환하려면 다른 사용자로 연결하십시오</translation>
    </message>
</context>
<context>
    <name>lector::RegionComparisonView</name>
    <message>
        <source>Nothing to compare.</source>
        <translation>비교할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>: (don&apos;t care)</source>
        <translation>: (무시 영역)</translation>
    </message>
    <message>
        <source>: (no region)</source>
        <translation>: (영역 없음)</translation>
    </message>
</context>
<context>
    <name>lector::RegressionsView</name>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Compare the run shown with a baseline run, slice by slice.</source>
        <translation>표시된 실행을 기준 실행과 슬라이스별로 비교합니다.</translation>
    </message>
    <message>
        <source>slice</source>
        <translation>슬라이스</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 구간</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>이 실행</translation>
    </message>
    <message>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Flagged (red): the whole interval of the change is below zero. Double-click lists the slice&apos;s images</source>
        <translation>표시됨(빨간색): 변화의 구간 전체가 0보다 작습니다. 더블클릭하면 슬라이스의 이미지를 나열합니다</translation>
    </message>
    <message>
        <source>Baseline run:</source>
        <translation>기준 실행:</translation>
    </message>
    <message>
        <source>Only one run: import or make another to compare with (Tools ▸ Pre-label, or lector-cli autolabel).</source>
        <translation>실행이 하나뿐입니다. 비교할 실행을 가져오거나 새로 만드십시오(도구 ▸ 사전 라벨링, 또는 lector-cli autolabel).</translation>
    </message>
    <message>
        <source>Comparing %1 with %2 on %3…</source>
        <translation>%3에서 %1을(를) %2와(과) 비교 중…</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>%1을(를) %2와(과) 비교</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 against %2: no slice fell beyond its %3 % interval (%4 resamples of the images).</source>
        <translation>%1 대 %2: %3 % 구간을 벗어난 슬라이스가 없습니다(이미지 재표본 %4회).</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2: %n slice figure(s) fell beyond the %3 % interval: %4.</source>
        <translation>
            <numerusform>%1 대 %2: 슬라이스 지표 %n개가 %3 % 구간을 벗어났습니다: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lector::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Guideline gaps</source>
        <translation>가이드 공백</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>모든 배치</translation>
    </message>
    <message>
        <source>All slices</source>
        <translation>모든 슬라이스</translation>
    </message>
    <message>
        <source>Only conflicts with a region in this slice (box height, aspect, rotation, text length, script)</source>
        <translation>이 슬라이스에 영역이 있는 충돌만 표시 (박스 높이, 종횡비, 회전, 텍스트 길이, 문자 체계)</translation>
    </message>
    <message>
        <source>severity ≥ </source>
        <translation>심각도 ≥ </translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Accept &amp;Consensus</source>
        <translation>합의안 채택(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit on Canvas</source>
        <translation>캔버스에서 편집(&amp;E)</translation>
    </message>
    <message>
        <source>Mark Edi&amp;ted</source>
        <translation>편집됨 표시(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Guideline Gap…</source>
        <translation>가이드 공백(&amp;G)…</translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation>가이드 공백</translation>
    </message>
    <message>
        <source>What case does the guideline not settle?</source>
        <translation>가이드가 정하지 않은 경우는 무엇입니까?</translation>
    </message>
    <message>
        <source>Settle by &amp;Majority</source>
        <translation>다수결로 확정(&amp;M)</translation>
    </message>
    <message>
        <source>Settle, as one step, every open conflict that a clear majority decides</source>
        <translation>명확한 다수가 정하는 모든 미해결 충돌을 한 단계로 확정</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>이전(&amp;P)</translation>
    </message>
    <message>
        <source>Accept Highlighted Version</source>
        <translation>강조된 버전 채택</translation>
    </message>
    <message>
        <source>Highlight Previous Version</source>
        <translation>이전 버전 강조</translation>
    </message>
    <message>
        <source>Highlight Next Version</source>
        <translation>다음 버전 강조</translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>집중 모드 종료</translation>
    </message>
    <message>
        <source>Accept Version %1</source>
        <translation>버전 %1 채택</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>충돌 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n conflict(s)</source>
        <translation>
            <numerusform>%1 — 충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>  (skipped)</source>
        <translation>  (건너뜀)</translation>
    </message>
    <message>
        <source> (none)</source>
        <translation> (없음)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>합의안</translation>
    </message>
    <message>
        <source>Kinds: %1. Severity %2.</source>
        <translation>유형: %1. 심각도 %2.</translation>
    </message>
    <message>
        <source> %1 by %2 on %3. %4</source>
        <translation> %1 (%2, %3). %4</translation>
    </message>
    <message>
        <source> Keys: N/↓ next, ⇧N/↑ previous, 1–%1 accept a version (←/→ and Enter: the highlighted one), C the consensus, S skip, G guideline gap, E focus on the canvas, T mark edited.</source>
        <translation> 키: N/↓ 다음, ⇧N/↑ 이전, 1–%1 버전 채택 (←/→와 Enter: 강조된 버전), C 합의안, S 건너뛰기, G 가이드 공백, E 캔버스에 집중, T 편집됨 표시.</translation>
    </message>
    <message>
        <source>Settling what a clear majority decides:</source>
        <translation>명확한 다수결로 확정하는 중:</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>확정되지 않음: %1</translation>
    </message>
    <message>
        <source>%1 settled by majority, %2 need review</source>
        <translation>다수결로 확정 %1건, 검수 필요 %2건</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 채택</translation>
    </message>
</context>
<context>
    <name>lector::ServerDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation>서버 프로젝트 열기</translation>
    </message>
    <message>
        <source>the team&apos;s database</source>
        <translation>팀 데이터베이스</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>비어 있으면 ~/.pgpass에서 가져옴</translation>
    </message>
    <message>
        <source>the folder it was pushed from</source>
        <translation>프로젝트를 푸시한 원본 폴더</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Image Folder</source>
        <translation>이미지 폴더</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>스키마(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Images in:</source>
        <translation>이미지 위치(&amp;I):</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>연결(&amp;O)</translation>
    </message>
    <message>
        <source>A team&apos;s project on a PostgreSQL server. Each member connects as their own database user; the password is not stored.</source>
        <translation>PostgreSQL 서버에 있는 팀 프로젝트입니다. 각 구성원은 자신의 데이터베이스 사용자로 연결하며, 비밀번호는 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>lector::ShortcutRegistry</name>
    <message>
        <source>PPOCRLabel</source>
        <translation>PPOCRLabel</translation>
    </message>
    <message>
        <source>Lector (default)</source>
        <translation>Lector (기본값)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lector::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Sets every shortcut to the keymap&apos;s; your own bindings are replaced</source>
        <translation>모든 단축키를 키맵의 설정으로 바꿉니다. 직접 지정한 단축키는 대체됩니다</translation>
    </message>
    <message>
        <source>Search actions or keys…</source>
        <translation>동작 또는 키 검색…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>지정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>기본값으로 재설정(&amp;R)</translation>
    </message>
    <message>
        <source>New shortcut:</source>
        <translation>새 단축키:</translation>
    </message>
    <message>
        <source>Keymap:</source>
        <translation>키맵:</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>재설정되었습니다.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>기본값: %1</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>먼저 동작을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Choose another key, or change that action first.</source>
        <translation>%1은(는) 이미 “%2”의 단축키입니다. 다른 키를 선택하거나, 먼저 그 동작의 단축키를 바꾸십시오.</translation>
    </message>
    <message>
        <source>Shortcut removed.</source>
        <translation>단축키를 제거했습니다.</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>지정했습니다.</translation>
    </message>
    <message>
        <source>Keymap %1 applied.</source>
        <translation>키맵 %1을(를) 적용했습니다.</translation>
    </message>
    <message>
        <source>Keymap %1 applied. Its keys replaced: %2.</source>
        <translation>키맵 %1을(를) 적용했습니다. 대체된 단축키: %2.</translation>
    </message>
</context>
<context>
    <name>lector::StartPage</name>
    <message>
        <source>Lector</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Label words on your scans: boxes, quads and their text.</source>
        <translation>스캔 이미지의 단어를 라벨링합니다: 박스, 4점 박스와 그 텍스트.</translation>
    </message>
    <message>
        <source>New Project from &amp;Folder…</source>
        <translation>폴더에서 새 프로젝트(&amp;F)…</translation>
    </message>
    <message>
        <source>Pick a folder of scans, with or without labels: Lector finds the images and any label files beside them.</source>
        <translation>라벨 유무와 관계없이 스캔 이미지 폴더를 선택하십시오. Lector가 이미지와 그 옆의 라벨 파일을 찾습니다.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .lector project file</source>
        <translation>.lector 프로젝트 파일 열기</translation>
    </message>
    <message>
        <source>Open a &amp;Team&apos;s Server Project…</source>
        <translation>팀 서버 프로젝트 열기(&amp;T)…</translation>
    </message>
    <message>
        <source>A project on a PostgreSQL server that a team labels together</source>
        <translation>팀이 함께 라벨링하는 PostgreSQL 서버의 프로젝트</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <source>60 generated pages with three annotators, a reference, a model run and a guideline: to try everything</source>
        <translation>생성된 페이지 60장, 작업자 3명, 기준 라벨 (reference), 모델 실행, 가이드: 모든 기능을 시험해 볼 수 있습니다</translation>
    </message>
    <message>
        <source>New &amp;Empty Project…</source>
        <translation>새 빈 프로젝트(&amp;E)…</translation>
    </message>
    <message>
        <source>A project file with no images yet; drop folders or files on the window to add them</source>
        <translation>아직 이미지가 없는 프로젝트 파일; 폴더나 파일을 창에 끌어다 놓으면 추가됩니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;최근 프로젝트&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>아직 없습니다.</translation>
    </message>
    <message>
        <source>Or drop a folder of images, or a project file, anywhere on this window.</source>
        <translation>또는 이미지 폴더나 프로젝트 파일을 이 창의 아무 곳에나 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>%1    on %2 (%3)</source>
        <translation>%1    서버 %2 (%3)</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>%1    (missing: %2)</source>
        <translation>%1    (없음: %2)</translation>
    </message>
    <message>
        <source>Writing the demo project…</source>
        <translation>데모 프로젝트 쓰는 중…</translation>
    </message>
</context>
<context>
    <name>lector::SuspectsPanel</name>
    <message>
        <source>Whose labels to check</source>
        <translation>검사할 라벨의 작업자</translation>
    </message>
    <message>
        <source>The model run used as evidence</source>
        <translation>근거로 사용할 모델 실행</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미처리</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>기각됨</translation>
    </message>
    <message>
        <source>Only the suspects in one slice of the data (the dashboard&apos;s slices)</source>
        <translation>데이터의 한 슬라이스에 속한 의심 라벨만 표시 (대시보드의 슬라이스)</translation>
    </message>
    <message>
        <source>All slices</source>
        <translation>모든 슬라이스</translation>
    </message>
    <message>
        <source>Find lists the suspect labels of an annotator, worst first.</source>
        <translation>찾기를 누르면 작업자의 의심 라벨을 가장 의심스러운 순으로 나열합니다.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Enter: open · A: accept the model&apos;s version · Delete: delete · F: fix the box to the prediction · R: send to review · D: dismiss (not an error)</source>
        <translation>Enter: 열기 · A: 모델 버전 채택 · Delete: 삭제 · F: 박스를 예측에 맞춰 수정 · R: 검수로 보내기 · D: 기각 (오류 아님)</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>모델 실행 없음</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>모든 배치</translation>
    </message>
    <message>
        <source>Finding suspects of %1…</source>
        <translation>%1의 의심 라벨을 찾는 중…</translation>
    </message>
    <message>
        <source>Canceled. Find runs it again.</source>
        <translation>취소되었습니다. 찾기를 누르면 다시 실행합니다.</translation>
    </message>
    <message>
        <source>%1 suspects of %2 on %3 images (%4 s)</source>
        <translation>%2의 의심 라벨 %1개, 이미지 %3개 (%4 s)</translation>
    </message>
    <message>
        <source>Precision so far: no answers yet</source>
        <translation>현재까지 정밀도: 아직 응답 없음</translation>
    </message>
    <message>
        <source>Precision so far: %1 (%2 fixed, %3 dismissed)</source>
        <translation>현재까지 정밀도: %1 (수정 %2건, 기각 %3건)</translation>
    </message>
</context>
<context>
    <name>lector::TranscriptionEditor</name>
    <message>
        <source>Transcription</source>
        <translation>전사 텍스트</translation>
    </message>
</context>
<context>
    <name>lector::TransferController</name>
    <message>
        <source>&amp;Import Labels / Predictions…</source>
        <translation>라벨/예측 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
</context>
</TS>
