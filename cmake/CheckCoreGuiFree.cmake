# SPDX-License-Identifier: MIT
# Fails when a lectorcore source or public header includes Qt Gui or Widgets (STYLE.md section 2).
file(GLOB_RECURSE files ${ROOT}/src/core/*.cpp ${ROOT}/src/core/*.h ${ROOT}/include/lector/*.h)
set(bad "")
foreach(f ${files})
  file(STRINGS ${f} lines REGEX "#include[ \t]*<(QtGui|QtWidgets|QGraphics|QPainter|QImage|QPixmap|QWidget|QApplication|QGuiApplication|QPolygonF|QColor|QFont)")
  if(lines)
    list(APPEND bad "${f}: ${lines}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "lectorcore must not use Qt Gui or Widgets:\n${bad}")
endif()
message(STATUS "lectorcore is GUI-free")
