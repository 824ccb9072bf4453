file(REMOVE_RECURSE
  "CMakeFiles/irkg_text.dir/extract/text/placeholder.cpp.o"
  "CMakeFiles/irkg_text.dir/extract/text/placeholder.cpp.o.d"
  "libirkg_text.a"
  "libirkg_text.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_text.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
