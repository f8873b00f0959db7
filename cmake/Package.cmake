# `cpack -G DEB` in the build folder: one Debian package, morgue_VERSION_ARCH.deb, of everything
# `cmake --install` puts in place (programs, manual pages, completions, headers, static libraries,
# the CMake package and morgue.pc) under /usr. Depends is computed by dpkg-shlibdeps (dpkg-dev)
# from the programs' shared libraries (libxapian30, libicu72, ...). The static libraries' own
# dependencies, needed only to build against them, are suggested: the -dev packages
# find_package(morgue) and pkg-config look for. tests/package/deb_test.sh builds and checks it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME morgue)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "full-text search for news archives")
set(CPACK_PACKAGE_DESCRIPTION
    "morgue indexes news articles in the formats archives come in (Reuters and TREC SGML, HTML and\n"
    "WARC, mail and Usenet, RSS/Atom, NITF, CSV, JSON Lines) into Xapian databases, and answers\n"
    "phrase, boolean, field and date queries ranked by BM25F, with snippets and facets: on the\n"
    "command line (morgue-index, morgue-search), over HTTP with a search page (morgue-serve) and\n"
    "across machines (morgue-shard-server). Headers and static libraries for embedding included.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(MORGUE_PACKAGE_MAINTAINER "morgue maintainers <maintainers@users.noreply.example>" CACHE STRING
    "The Maintainer field of the .deb: set it to whoever builds and ships the package")
set(CPACK_PACKAGE_CONTACT "${MORGUE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # morgue_0.1.0_amd64.deb, Debian's naming
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # the programs; a RelWithDebInfo build's debug information is not shipped
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "pkg-config, libxapian-dev, libicu-dev, zlib1g-dev, libzstd-dev, libmsgpack-dev, libpugixml-dev, "
    "nlohmann-json3-dev, libgumbo-dev, libgmime-3.0-dev, libcld2-dev")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_SUGGESTS "${CPACK_DEBIAN_PACKAGE_SUGGESTS}")
# Staged files made Debian's way: zsh completion in vendor-completions, static libraries stripped.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/package/deb_staging.cmake)
include(CPack)
