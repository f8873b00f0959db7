add_library(morgue_warnings INTERFACE)
target_compile_options(morgue_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wformat=2
  $<$<BOOL:${MORGUE_WERROR}>:-Werror>)
