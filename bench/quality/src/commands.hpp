#pragma once

namespace morgue::quality {

// The steps of a quality run (Makefile.bench `quality`), one subcommand each; each takes the
// arguments after its name and returns an exit code.
int command_run(int argc, char** argv);       // write the tasks, index them with morgue, write morgue's runs
int command_evaluate(int argc, char** argv);  // score every run file, print the tables, write the JSON

}  // namespace morgue::quality
