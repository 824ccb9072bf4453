
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/core/claim.cpp" "CMakeFiles/irkg_core.dir/core/claim.cpp.o" "gcc" "CMakeFiles/irkg_core.dir/core/claim.cpp.o.d"
  "/work/main/core/date.cpp" "CMakeFiles/irkg_core.dir/core/date.cpp.o" "gcc" "CMakeFiles/irkg_core.dir/core/date.cpp.o.d"
  "/work/main/core/document_reader.cpp" "CMakeFiles/irkg_core.dir/core/document_reader.cpp.o" "gcc" "CMakeFiles/irkg_core.dir/core/document_reader.cpp.o.d"
  "/work/main/core/embedded_lookup.cpp" "CMakeFiles/irkg_core.dir/core/embedded_lookup.cpp.o" "gcc" "CMakeFiles/irkg_core.dir/core/embedded_lookup.cpp.o.d"
  "/work/main/core/hash.cpp" "CMakeFiles/irkg_core.dir/core/hash.cpp.o" "gcc" "CMakeFiles/irkg_core.dir/core/hash.cpp.o.d"
  "/work/main/core/utf8.cpp" "CMakeFiles/irkg_core.dir/core/utf8.cpp.o" "gcc" "CMakeFiles/irkg_core.dir/core/utf8.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build/CMakeFiles/irkg_data.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
