file(REMOVE_RECURSE
  "CMakeFiles/irkg_importers.dir/importers/placeholder.cpp.o"
  "CMakeFiles/irkg_importers.dir/importers/placeholder.cpp.o.d"
  "libirkg_importers.a"
  "libirkg_importers.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_importers.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
