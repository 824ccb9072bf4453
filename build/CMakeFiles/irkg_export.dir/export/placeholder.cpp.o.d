CMakeFiles/irkg_export.dir/export/placeholder.cpp.o: \
 /work/main/export/placeholder.cpp /usr/include/stdc-predef.h
