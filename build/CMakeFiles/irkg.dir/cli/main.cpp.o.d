CMakeFiles/irkg.dir/cli/main.cpp.o: /work/main/cli/main.cpp \
 /usr/include/stdc-predef.h
