file(REMOVE_RECURSE
  "CMakeFiles/irkg_claims.dir/extract/claims/placeholder.cpp.o"
  "CMakeFiles/irkg_claims.dir/extract/claims/placeholder.cpp.o.d"
  "libirkg_claims.a"
  "libirkg_claims.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_claims.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
