#include "lucene_server.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <stdexcept>

namespace morgue::bench {

LuceneServer::LuceneServer(const std::string& shell_command) {
    int in[2], out[2];  // in: parent -> child stdin; out: child stdout -> parent
    if (::pipe(in) != 0 || ::pipe(out) != 0) throw std::runtime_error("lucene: cannot create pipes");
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("lucene: cannot fork");
    if (pid_ == 0) {
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::close(in[0]), ::close(in[1]), ::close(out[0]), ::close(out[1]);
        ::execl("/bin/sh", "sh", "-c", shell_command.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    to_ = ::fdopen(in[1], "w");
    from_ = ::fdopen(out[0], "r");
    if (!to_ || !from_) throw std::runtime_error("lucene: cannot open the pipes");
    std::signal(SIGPIPE, SIG_IGN);  // a dead adapter is an error, not a killed benchmark
}

LuceneServer::~LuceneServer() {
    if (to_) {
        std::fputs("quit\n", to_);
        std::fclose(to_);
    }
    if (from_) std::fclose(from_);
    if (pid_ > 0) {
        int status = 0;
        ::waitpid(pid_, &status, 0);
    }
}

nlohmann::json LuceneServer::request(const std::string& command) {
    if (std::fputs((command + "\n").c_str(), to_) < 0 || std::fflush(to_) != 0)
        throw std::runtime_error("lucene: the adapter is not running (command: " + command + ")");
    std::string line;
    for (int c; (c = std::fgetc(from_)) != EOF && c != '\n';) line += static_cast<char>(c);
    if (line.empty()) throw std::runtime_error("lucene: no answer to '" + command + "' (the adapter exited?)");
    auto answer = nlohmann::json::parse(line);
    if (answer.contains("error")) throw std::runtime_error("lucene: " + answer["error"].get<std::string>());
    return answer;
}

nlohmann::json LuceneCounter::ask(const BenchQuery& query) {
    return server_.request("count " + query.query_class + "\t" + query.text);
}

bool LuceneCounter::supports(const BenchQuery& query) {
    if (!query.facets.empty() || query.snippets) return false;  // not run on Lucene
    return ask(query).value("supported", false);
}

std::size_t LuceneCounter::run(const BenchQuery&) {
    throw std::logic_error("LuceneCounter only counts; Lucene is timed inside its JVM");
}

std::uint64_t LuceneCounter::count(const BenchQuery& query) {
    const auto answer = ask(query);
    if (!answer.value("supported", false)) throw std::runtime_error("Lucene cannot express " + query.text);
    return answer["count"].get<std::uint64_t>();
}

}  // namespace morgue::bench
