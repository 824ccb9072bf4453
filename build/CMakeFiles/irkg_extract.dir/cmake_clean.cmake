file(REMOVE_RECURSE
  "CMakeFiles/irkg_extract.dir/extract/placeholder.cpp.o"
  "CMakeFiles/irkg_extract.dir/extract/placeholder.cpp.o.d"
  "libirkg_extract.a"
  "libirkg_extract.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_extract.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
