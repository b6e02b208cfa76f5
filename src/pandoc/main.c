/* nianbao-pandoc: see filter.h. */
#include <stdio.h>

#include "filter.h"

int main(int argc, char **argv) {
  return pd_filter_main(argc, argv, stdin, stdout, stderr);
}
