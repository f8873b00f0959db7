# CPack pre-build script (cmake/Package.cmake): the files `cmake --install` staged for the .deb,
# adjusted where Debian's ways differ from a plain install.
set(staged "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")

# The zsh completion moves from share/zsh/site-functions, where zsh looks under a prefix of its own,
# to share/zsh/vendor-completions, the folder of Debian's zsh for packages under /usr.
if(IS_DIRECTORY "${staged}/share/zsh/site-functions")
  file(RENAME "${staged}/share/zsh/site-functions" "${staged}/share/zsh/vendor-completions")
endif()

# CPACK_STRIP_FILES strips the programs; the static libraries lose their debug information here,
# as Debian's dh_strip does (a RelWithDebInfo build's would be 95 MB of the package).
find_program(MORGUE_STRIP strip REQUIRED)
file(GLOB_RECURSE static_libraries "${staged}/lib*/*.a")
foreach(library IN LISTS static_libraries)
  execute_process(COMMAND "${MORGUE_STRIP}" --strip-debug "${library}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
