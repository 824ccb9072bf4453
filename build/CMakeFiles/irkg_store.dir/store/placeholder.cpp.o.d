CMakeFiles/irkg_store.dir/store/placeholder.cpp.o: \
 /work/main/store/placeholder.cpp /usr/include/stdc-predef.h
