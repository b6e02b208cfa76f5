#include <stdio.h>

int main(void) {
  puts("nianbao");
  return 0;
}
