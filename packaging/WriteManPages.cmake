# SPDX-License-Identifier: MIT
# cmake -DCLI=… -DAPP_PAGE=… -DAPP_PAGE_KO=… -DOUT=… -P WriteManPages.cmake: lector-cli.1.gz from `lector-cli --man`
# in English (LC_ALL=C) and, under ko/, in Korean (LANG=ko_KR.UTF-8); lector.1.gz from the pages kept by hand;
# gzip -n, so that the same sources give the same bytes.
file(MAKE_DIRECTORY ${OUT} ${OUT}/ko)
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE LC_ALL=C.UTF-8 ${CLI} --man
  OUTPUT_FILE ${OUT}/lector-cli.1 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lector-cli --man failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES LANG=ko_KR.UTF-8
  ${CLI} --man OUTPUT_FILE ${OUT}/ko/lector-cli.1 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lector-cli --man in Korean failed (${rc})")
endif()
configure_file(${APP_PAGE} ${OUT}/lector.1 COPYONLY)
configure_file(${APP_PAGE_KO} ${OUT}/ko/lector.1 COPYONLY)
foreach(page ${OUT}/lector-cli.1 ${OUT}/lector.1 ${OUT}/ko/lector-cli.1 ${OUT}/ko/lector.1)
  execute_process(COMMAND gzip -9n -c ${page} OUTPUT_FILE ${page}.gz RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${page} failed (${rc})")
  endif()
endforeach()
