CMakeFiles/irkg_importers.dir/importers/placeholder.cpp.o: \
 /work/main/importers/placeholder.cpp /usr/include/stdc-predef.h
