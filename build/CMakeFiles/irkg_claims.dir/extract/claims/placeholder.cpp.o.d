CMakeFiles/irkg_claims.dir/extract/claims/placeholder.cpp.o: \
 /work/main/extract/claims/placeholder.cpp /usr/include/stdc-predef.h
