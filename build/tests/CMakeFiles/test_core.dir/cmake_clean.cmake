file(REMOVE_RECURSE
  "CMakeFiles/test_core.dir/core/claim_test.cpp.o"
  "CMakeFiles/test_core.dir/core/claim_test.cpp.o.d"
  "test_core"
  "test_core.pdb"
  "test_core[1]_tests.cmake"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/test_core.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
