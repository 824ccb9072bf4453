# The part-of-speech tagger's and morphology's tables, and the gazetteer of places, come
# from two Debian packages, read at build time and compiled into the binary (never copied
# into the repository):
#   python3-pattern: Brill's tagger lexicon and rules, and en-verbs.txt (every verb form)
#   wordnet-base:    WordNet 3.0's exception lists (irregular nouns, verbs, comparatives),
#                    and its place synsets with their part holonyms (the gazetteer)
# cmake/gen_tag_tables.py turns them into constant hash tables (extract/claims/tag_tables.h).
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# Stops configuring with one line naming the package when a data file is missing.
function(irkg_require_data dir_var package)
  foreach(f ${ARGN})
    if(NOT ${dir_var} OR NOT EXISTS ${${dir_var}}/${f})
      message(FATAL_ERROR "irkg: ${f} not found: install the Debian package ${package} "
                          "(apt-get install ${package}), or set ${dir_var}")
    endif()
  endforeach()
endfunction()

find_path(IRKG_PATTERN_EN_DIR en-lexicon.txt
  PATHS /usr/lib/python3/dist-packages/pattern/text/en /usr/share/python3-pattern/pattern/text/en
  NO_DEFAULT_PATH)
set(_irkg_pattern_files en-lexicon.txt en-context.txt en-morphology.txt en-verbs.txt)
irkg_require_data(IRKG_PATTERN_EN_DIR python3-pattern ${_irkg_pattern_files})

find_path(IRKG_WORDNET_DIR verb.exc PATHS /usr/share/wordnet NO_DEFAULT_PATH)
set(_irkg_wordnet_files noun.exc verb.exc adj.exc index.noun index.verb index.adj index.adv)
irkg_require_data(IRKG_WORDNET_DIR wordnet-base ${_irkg_wordnet_files})

# Runs a generator script at build time into OUT and compiles OUT into TARGET. The
# generated file is megabytes of constant data: optimising it buys nothing.
#   irkg_generated_source(TARGET OUT SCRIPT COMMENT "..." ARGS a b ... INPUTS x y ...)
function(irkg_generated_source target out script)
  cmake_parse_arguments(GEN "" "COMMENT" "ARGS;INPUTS" ${ARGN})
  add_custom_command(
    OUTPUT ${out}
    COMMAND Python3::Interpreter ${script} ${GEN_ARGS} ${out}
    DEPENDS ${GEN_INPUTS} ${script}
    COMMENT ${GEN_COMMENT}
    VERBATIM)
  set_source_files_properties(${out} PROPERTIES COMPILE_OPTIONS "-O0")
  target_sources(${target} PRIVATE ${out})
endfunction()

function(irkg_tag_tables target)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/irkg_tag_tables.cpp)
  set(script ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/gen_tag_tables.py)
  set(inputs)
  foreach(f ${_irkg_pattern_files})
    list(APPEND inputs ${IRKG_PATTERN_EN_DIR}/${f})
  endforeach()
  foreach(f ${_irkg_wordnet_files})
    list(APPEND inputs ${IRKG_WORDNET_DIR}/${f})
  endforeach()
  irkg_generated_source(${target} ${out} ${script}
    COMMENT "Compiling the tagger's tables from python3-pattern and wordnet-base"
    ARGS ${IRKG_PATTERN_EN_DIR} ${IRKG_WORDNET_DIR}
    INPUTS ${inputs})
endfunction()

# The gazetteer of places and their states (cmake/gen_place_table.py) from WordNet's noun
# synsets and the states of data/actors.tsv, with the places of data/places.tsv.
set(_irkg_wordnet_data data.noun data.verb data.adj data.adv)
irkg_require_data(IRKG_WORDNET_DIR wordnet-base ${_irkg_wordnet_data})

function(irkg_place_table target)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/irkg_place_table.cpp)
  set(script ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/gen_place_table.py)
  set(inputs ${CMAKE_SOURCE_DIR}/data/actors.tsv ${CMAKE_SOURCE_DIR}/data/grammar.tsv ${CMAKE_SOURCE_DIR}/data/places.tsv)
  foreach(f ${_irkg_wordnet_data})
    list(APPEND inputs ${IRKG_WORDNET_DIR}/${f})
  endforeach()
  irkg_generated_source(${target} ${out} ${script}
    COMMENT "Compiling the gazetteer of places from wordnet-base and data/places.tsv"
    ARGS ${IRKG_WORDNET_DIR} ${CMAKE_SOURCE_DIR}/data/actors.tsv ${CMAKE_SOURCE_DIR}/data/grammar.tsv
         ${CMAKE_SOURCE_DIR}/data/places.tsv
    INPUTS ${inputs})
endfunction()
