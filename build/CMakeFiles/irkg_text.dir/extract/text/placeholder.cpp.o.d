CMakeFiles/irkg_text.dir/extract/text/placeholder.cpp.o: \
 /work/main/extract/text/placeholder.cpp /usr/include/stdc-predef.h
