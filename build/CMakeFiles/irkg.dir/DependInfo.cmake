
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/cli/args.cpp" "CMakeFiles/irkg.dir/cli/args.cpp.o" "gcc" "CMakeFiles/irkg.dir/cli/args.cpp.o.d"
  "/work/main/cli/main.cpp" "CMakeFiles/irkg.dir/cli/main.cpp.o" "gcc" "CMakeFiles/irkg.dir/cli/main.cpp.o.d"
  "/work/main/cli/run.cpp" "CMakeFiles/irkg.dir/cli/run.cpp.o" "gcc" "CMakeFiles/irkg.dir/cli/run.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build/CMakeFiles/irkg_store.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_graph.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_export.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_compare.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_importers.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_text.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_claims.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_core.dir/DependInfo.cmake"
  "/work/main/build/CMakeFiles/irkg_data.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
