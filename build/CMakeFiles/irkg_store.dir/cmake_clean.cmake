file(REMOVE_RECURSE
  "CMakeFiles/irkg_store.dir/store/placeholder.cpp.o"
  "CMakeFiles/irkg_store.dir/store/placeholder.cpp.o.d"
  "libirkg_store.a"
  "libirkg_store.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_store.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
