# Compiles every file under a data folder into a library, so the single irkg binary
# carries its dictionaries and still runs from any directory. Users extend them at run
# time with --lexicon FILE; the files in data/ stay the reviewable source of truth.
function(irkg_embed_data target dir)
  file(GLOB_RECURSE data_files CONFIGURE_DEPENDS RELATIVE ${dir} ${dir}/*.tsv ${dir}/*.txt)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cpp)
  set(inputs)
  foreach(f ${data_files})
    list(APPEND inputs ${dir}/${f})
  endforeach()
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DDATA_DIR=${dir} -DOUT=${out} "-DFILES=${data_files}"
            -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedDataScript.cmake
    DEPENDS ${inputs} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedDataScript.cmake
    COMMENT "Embedding dictionaries from ${dir}"
    VERBATIM)  # FILES is a ;-list: unquoted, the shell would split the command at each ;
  add_library(${target} STATIC ${out})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()
