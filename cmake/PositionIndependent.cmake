# The libraries are linked into the Python module (python/), a shared object, as well as into the
# programs, so they are compiled position-independent (-fPIC; Debian's GCC makes the programs PIE
# anyway). -fno-semantic-interposition keeps what -fPIC alone would cost: without it GCC may not
# inline or clone a library's exported functions, since a shared object's symbols could be
# replaced at load time; nobody replaces morgue's.
foreach(library IN ITEMS common format indexer searcher)
  set_target_properties(morgue_${library} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_compile_options(morgue_${library} PRIVATE $<$<CXX_COMPILER_ID:GNU,Clang>:-fno-semantic-interposition>)
endforeach()
