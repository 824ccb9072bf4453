file(REMOVE_RECURSE
  "CMakeFiles/irkg_data.dir/irkg_data_embedded.cpp.o"
  "CMakeFiles/irkg_data.dir/irkg_data_embedded.cpp.o.d"
  "irkg_data_embedded.cpp"
  "libirkg_data.a"
  "libirkg_data.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_data.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
