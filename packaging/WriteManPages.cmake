# SPDX-License-Identifier: MIT
# cmake -DCLI=… -DAPP_PAGE=… -DOUT=… -P WriteManPages.cmake: lector-cli.1.gz from `lector-cli --man`, lector.1.gz from
# the page kept by hand; gzip -n, so that the same sources give the same bytes.
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${CLI} --man OUTPUT_FILE ${OUT}/lector-cli.1 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lector-cli --man failed (${rc})")
endif()
foreach(page ${OUT}/lector-cli.1 ${APP_PAGE})
  get_filename_component(name ${page} NAME)
  execute_process(COMMAND gzip -9n -c ${page} OUTPUT_FILE ${OUT}/${name}.gz RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${page} failed (${rc})")
  endif()
endforeach()
