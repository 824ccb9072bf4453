CMakeFiles/irkg_extract.dir/extract/placeholder.cpp.o: \
 /work/main/extract/placeholder.cpp /usr/include/stdc-predef.h
