<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exported %1 regions on %2 images of %3 "%4" to %5 (%6).</source>
        <translation>%3 "%4"의 영역 %1개(이미지 %2개)를 %5에 내보냈습니다 (%6).</translation>
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
        <source>These look like a model's predictions (every region has a confidence).</source>
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
    <name>ThresholdPoint</name>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
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
        <source>Flag Don't &amp;Care</source>
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
        <source>Selected Box's Text</source>
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
        <source>don't care</source>
        <translation>무시 영역 (don't care)</translation>
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
        <source>set aside (don't care)</source>
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
        <source>The selected annotator's page to hand over: agreement, kinds of disagreement, confusions, speed, last batches, guideline rules (HTML or PDF)</source>
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
        <source>Writing %1's feedback page…</source>
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
        <source>Count one annotator's labels only (consensus regions are never counted)</source>
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
        <source>List the current side's images in the dataset browser</source>
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
        <source>Select a property to see both sides' histograms</source>
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
        <source>%1 (drift's current side)</source>
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
        <source>Near-duplicate threshold: bits of 64 in which two images' hashes may differ</source>
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
        <source>an &amp;annotator's labels</source>
        <translation>작업자의 라벨(&amp;A)</translation>
    </message>
    <message>
        <source>a model &amp;run's predictions</source>
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
        <source>The images are added without labels; nobody's labels are made.</source>
        <translation>이미지를 라벨 없이 추가합니다. 누구의 라벨도 만들지 않습니다.</translation>
    </message>
    <message>
        <source>Every region has a confidence: these look like a model's predictions.</source>
        <translation>모든 영역에 신뢰도가 있습니다. 모델의 예측으로 보입니다.</translation>
    </message>
    <message>
        <source>These look like people's labels.</source>
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
        <source>An &amp;annotator's labels:</source>
        <translation>작업자의 라벨(&amp;A):</translation>
    </message>
    <message>
        <source>A model's &amp;predictions, as the run:</source>
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
        <source>Imported %1 regions on %2 images (%3 new, %4 already in the project%5) as %6 "%7".</source>
        <translation>%6 "%7"(으)로 이미지 %2개의 영역 %1개를 가져왔습니다 (새 이미지 %3개, 프로젝트에 이미 있던 이미지 %4개%5).</translation>
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
        <source>Don't care</source>
        <translation>무시 영역 (don't care)</translation>
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
        <source>Each annotator's To do for me follows their queue</source>
        <translation>각 작업자의 '내 할 일'은 해당 작업자의 대기열을 따릅니다</translation>
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
        <source>Live: other members' labels, reviews, assignments and guideline versions appear as they are saved.</source>
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
        <source>Draw the Predictions panel's evaluation on the canvas: found words green, false detections red dashed, missed words orange dotted</source>
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
        <source>Clustering the annotators' regions:</source>
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
</context>
<context>
    <name>lector::ManualDialog</name>
    <message>
        <source>Lector Manual</source>
        <translation>Lector 설명서</translation>
    </message>
    <message>
        <source>%1 is in the docs folder of Lector's sources and in /usr/share/doc/lector.</source>
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
        <source>Tesseract languages joined by '+'</source>
        <translation>'+'로 연결한 Tesseract 언어</translation>
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
        <source>%1 of %2 images were read before the run was canceled. Keep their words as run "%3"?</source>
        <translation>실행이 취소되기 전에 이미지 %2개 중 %1개를 읽었습니다. 읽은 단어를 모델 실행 "%3"(으)로 보관할까요?</translation>
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
        <source>Making the run's words pre-labels of %1</source>
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
        <source>The engine read a different text for %n box(es) that already have a text, imported or typed by a person. Replace it with the engine's?</source>
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
        <source>What the run is scored against: an annotator's labels, the consensus, or another run</source>
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
        <source>found "%1" (IoU %2)</source>
        <translation>"%1" 찾음 (IoU %2)</translation>
    </message>
    <message>
        <source>found, read "%1" for "%2" (IoU %3)</source>
        <translation>찾았으나 "%2"을(를) "%1"(으)로 읽음 (IoU %3)</translation>
    </message>
    <message>
        <source>false detection "%1"</source>
        <translation>오검출 "%1"</translation>
    </message>
    <message>
        <source>missed "%1"</source>
        <translation>놓침 "%1"</translation>
    </message>
    <message>
        <source>set aside: inside a don't-care region</source>
        <translation>제외: 무시 영역 (don't care) 안에 있음</translation>
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
        <source>: (don't care)</source>
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
        <source>Flagged (red): the whole interval of the change is below zero. Double-click lists the slice's images</source>
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
        <source>the team's database</source>
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
        <source>A team's project on a PostgreSQL server. Each member connects as their own database user; the password is not stored.</source>
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
        <source>Sets every shortcut to the keymap's; your own bindings are replaced</source>
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
        <source>Open a &amp;Team's Server Project…</source>
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
        <source>Only the suspects in one slice of the data (the dashboard's slices)</source>
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
        <source>Enter: open · A: accept the model's version · Delete: delete · F: fix the box to the prediction · R: send to review · D: dismiss (not an error)</source>
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