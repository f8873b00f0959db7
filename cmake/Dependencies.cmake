# Every dependency comes from a Debian 12 package; when one is missing, say which package to install.
find_package(PkgConfig QUIET)

function(morgue_missing what debian_package)
  message(FATAL_ERROR "${what} not found: install the Debian package '${debian_package}' "
                      "(sudo apt-get install ${debian_package}), or run scripts/install-deps.sh")
endfunction()

find_package(xapian 1.4 CONFIG QUIET)
if(NOT xapian_FOUND)
  morgue_missing("Xapian 1.4" libxapian-dev)
endif()
if(NOT TARGET xapian::xapian)
  add_library(xapian::xapian INTERFACE IMPORTED)
  target_include_directories(xapian::xapian INTERFACE ${XAPIAN_INCLUDE_DIR})
  target_link_libraries(xapian::xapian INTERFACE ${XAPIAN_LIBRARIES})
endif()

find_package(ICU 72 COMPONENTS uc i18n QUIET)
if(NOT ICU_FOUND)
  morgue_missing("ICU (uc, i18n)" libicu-dev)
endif()

find_package(ZLIB QUIET)
if(NOT ZLIB_FOUND)
  morgue_missing("zlib" zlib1g-dev)
endif()

# A library found through pkg-config, as the imported target PkgConfig::<prefix>.
macro(morgue_pkg_config prefix module what debian_package)
  if(PkgConfig_FOUND)
    pkg_check_modules(${prefix} QUIET IMPORTED_TARGET ${module})
  endif()
  if(NOT ${prefix}_FOUND)
    morgue_missing("${what}" ${debian_package})
  endif()
endmacro()

morgue_pkg_config(ZSTD libzstd "zstd" libzstd-dev)
morgue_pkg_config(MSGPACK msgpack "msgpack-c" libmsgpack-dev)
morgue_pkg_config(GUMBO gumbo "gumbo" libgumbo-dev)

find_package(pugixml 1.11 CONFIG QUIET)
if(NOT pugixml_FOUND)
  morgue_missing("pugixml" libpugixml-dev)
endif()
morgue_pkg_config(GMIME gmime-3.0 "GMime 3" libgmime-3.0-dev)
morgue_pkg_config(HTTPLIB cpp-httplib "cpp-httplib" libcpp-httplib-dev)

# CLD2 ships no pkg-config file or CMake package.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h)
find_library(CLD2_LIBRARY cld2)
if(NOT CLD2_INCLUDE_DIR OR NOT CLD2_LIBRARY)
  morgue_missing("CLD2 (Compact Language Detector 2)" libcld2-dev)
endif()
add_library(CLD2::cld2 INTERFACE IMPORTED GLOBAL)  # GLOBAL: also seen by fuzz/, which adds morgue as a subfolder
target_include_directories(CLD2::cld2 INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(CLD2::cld2 INTERFACE ${CLD2_LIBRARY})

find_package(nlohmann_json 3.10 CONFIG QUIET)
if(NOT nlohmann_json_FOUND)
  morgue_missing("nlohmann-json" nlohmann-json3-dev)
endif()

find_package(cxxopts 3 CONFIG QUIET)
if(NOT cxxopts_FOUND)
  morgue_missing("cxxopts" libcxxopts-dev)
endif()

if(MORGUE_BUILD_TESTS)
  find_package(doctest 2.4 CONFIG QUIET)
  if(NOT doctest_FOUND)
    morgue_missing("doctest" doctest-dev)
  endif()
endif()
