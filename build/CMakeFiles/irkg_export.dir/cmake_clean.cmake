file(REMOVE_RECURSE
  "CMakeFiles/irkg_export.dir/export/placeholder.cpp.o"
  "CMakeFiles/irkg_export.dir/export/placeholder.cpp.o.d"
  "libirkg_export.a"
  "libirkg_export.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_export.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
