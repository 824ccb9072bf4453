CMakeFiles/irkg_graph.dir/graph/placeholder.cpp.o: \
 /work/main/graph/placeholder.cpp /usr/include/stdc-predef.h
