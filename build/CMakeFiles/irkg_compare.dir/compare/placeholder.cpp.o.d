CMakeFiles/irkg_compare.dir/compare/placeholder.cpp.o: \
 /work/main/compare/placeholder.cpp /usr/include/stdc-predef.h
