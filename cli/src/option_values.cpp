#include <morgue/alternatives.hpp>
#include <morgue/option_values.hpp>

#include <iostream>

namespace morgue::cli {
namespace {

std::vector<std::string> option_names(const OptionValues& values) {
    std::vector<std::string> names;
    for (const auto& [option, list] : values) names.push_back(option);
    return names;
}

}  // namespace

void add_list_values_option(cxxopts::Options& options, const OptionValues& values) {
    options.add_options()("list-values",
                          "print the values OPTION takes, one per line, for shell completion (OPTION: " +
                              alternatives(option_names(values)) + ")",
                          cxxopts::value<std::string>(), "OPTION");
}

bool handle_list_values(const cxxopts::ParseResult& result, const OptionValues& values) {
    if (!result.count("list-values")) return false;
    std::string option = result["list-values"].as<std::string>();
    if (option.starts_with("--")) option.erase(0, 2);
    const auto found = values.find(option);
    if (found == values.end())
        throw UsageError("--list-values " + option + ": no fixed values to list (use " +
                         alternatives(option_names(values)) + ")");
    for (const std::string& value : found->second) std::cout << value << '\n';
    return true;
}

}  // namespace morgue::cli
