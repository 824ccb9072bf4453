file(REMOVE_RECURSE
  "CMakeFiles/irkg_core.dir/core/claim.cpp.o"
  "CMakeFiles/irkg_core.dir/core/claim.cpp.o.d"
  "CMakeFiles/irkg_core.dir/core/date.cpp.o"
  "CMakeFiles/irkg_core.dir/core/date.cpp.o.d"
  "CMakeFiles/irkg_core.dir/core/document_reader.cpp.o"
  "CMakeFiles/irkg_core.dir/core/document_reader.cpp.o.d"
  "CMakeFiles/irkg_core.dir/core/embedded_lookup.cpp.o"
  "CMakeFiles/irkg_core.dir/core/embedded_lookup.cpp.o.d"
  "CMakeFiles/irkg_core.dir/core/hash.cpp.o"
  "CMakeFiles/irkg_core.dir/core/hash.cpp.o.d"
  "CMakeFiles/irkg_core.dir/core/utf8.cpp.o"
  "CMakeFiles/irkg_core.dir/core/utf8.cpp.o.d"
  "libirkg_core.a"
  "libirkg_core.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_core.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
