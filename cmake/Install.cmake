# `cmake --install`: the public headers, the static libraries, the programs, a CMake package
# (find_package(morgue) -> morgue::indexer, morgue::searcher) and a pkg-config file (morgue.pc).
# The libraries are static, so their private dependencies travel with them: morgue::format (the
# on-disk format, internal: no headers installed) and the Debian libraries, which the package's
# config file finds again on the user's machine.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(morgue_install_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/morgue)

# The libraries name their include folders relative to the source tree, which an installed
# package cannot; set here so that the libraries' own CMakeLists stay as they are.
foreach(library IN ITEMS common format indexer searcher)
  set_target_properties(morgue_${library} PROPERTIES
    EXPORT_NAME ${library}
    INTERFACE_INCLUDE_DIRECTORIES "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/${library}/include>")
endforeach()
set_property(TARGET morgue_common APPEND PROPERTY
  INTERFACE_INCLUDE_DIRECTORIES "$<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/common/generated>")

# morgue_warnings only carries compile options; linked privately, it is exported as a name.
install(TARGETS morgue_common morgue_format morgue_indexer morgue_searcher morgue_warnings
  EXPORT morgueTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS ${MORGUE_INSTALLED_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Manual pages (man/) and shell completions (completions/) are installed by their folders.

# Public headers only: xapian_error.hpp is the programs' (it includes Xapian), format/ is private.
foreach(library IN ITEMS common indexer searcher)
  install(DIRECTORY ${library}/include/morgue DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
    FILES_MATCHING PATTERN "*.hpp" PATTERN "xapian_error.hpp" EXCLUDE)
endforeach()
install(FILES ${PROJECT_BINARY_DIR}/common/generated/morgue/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/morgue)

install(EXPORT morgueTargets NAMESPACE morgue:: DESTINATION ${morgue_install_cmake_dir})
configure_package_config_file(cmake/package/morgueConfig.cmake.in ${PROJECT_BINARY_DIR}/package/morgueConfig.cmake
  INSTALL_DESTINATION ${morgue_install_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/package/morgueConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/package/morgueConfig.cmake ${PROJECT_BINARY_DIR}/package/morgueConfigVersion.cmake
  DESTINATION ${morgue_install_cmake_dir})

file(RELATIVE_PATH morgue_pc_to_prefix /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(cmake/package/morgue.pc.in ${PROJECT_BINARY_DIR}/package/morgue.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/package/morgue.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
