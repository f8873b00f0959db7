#pragma once

#include <morgue/cli.hpp>

#include <map>
#include <string>
#include <vector>

namespace morgue::cli {

// The fixed values some options take (--sort: relevance, newest, oldest), by option name without
// dashes. A program prints them with --list-values OPTION, one per line: the shell completions ask
// the program, so the lists live only where the options are parsed.
using OptionValues = std::map<std::string, std::vector<std::string>>;

// --list-values OPTION, its help naming the options of `values`.
void add_list_values_option(cxxopts::Options& options, const OptionValues& values);
// When --list-values was given: prints the option's values and returns true. Throws UsageError
// for an option without a fixed list of values.
bool handle_list_values(const cxxopts::ParseResult& result, const OptionValues& values);

}  // namespace morgue::cli
