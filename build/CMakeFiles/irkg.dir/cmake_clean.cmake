file(REMOVE_RECURSE
  "CMakeFiles/irkg.dir/cli/args.cpp.o"
  "CMakeFiles/irkg.dir/cli/args.cpp.o.d"
  "CMakeFiles/irkg.dir/cli/main.cpp.o"
  "CMakeFiles/irkg.dir/cli/main.cpp.o.d"
  "CMakeFiles/irkg.dir/cli/run.cpp.o"
  "CMakeFiles/irkg.dir/cli/run.cpp.o.d"
  "irkg"
  "irkg.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
