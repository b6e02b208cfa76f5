# cmake -DINPUT=FILE -DOUTPUT=FILE.c -DNAME=SYMBOL -P embed.cmake
# Writes FILE's bytes as a C array: const unsigned char SYMBOL[] (NUL-terminated) and
# const unsigned long SYMBOL_len (without the NUL).
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR length "${digits} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){16})" "\\1\n  " bytes "${bytes}")
file(WRITE "${OUTPUT}"
     "/* Generated from ${INPUT} by grammar/embed.cmake. */\n"
     "extern const unsigned char ${NAME}[];\n"
     "extern const unsigned long ${NAME}_len;\n"
     "const unsigned char ${NAME}[] = {\n  ${bytes}0x00};\n"
     "const unsigned long ${NAME}_len = ${length}UL;\n")
