/* The release version and home page, shown by --version and written into SARIF logs.
 * Hardcoded because the build files are shared; keep NB_VERSION equal to project() in
 * CMakeLists.txt. */
#ifndef NB_VERSION_H
#define NB_VERSION_H

#define NB_VERSION "0.1.0"
#define NB_INFORMATION_URI "https://github.com/nianbao/nianbao"

#endif
