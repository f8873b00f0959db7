// Replicas of a shard kept by Xapian's own replication (xapian-replicate-server on the master's
// folder, xapian-replicate writing the copy), served by morgue-shard-server on 127.0.0.1: when the
// shard's server dies the replica answers, whole; after a commit on the master and a replication
// the replica serves the new article.
#include "random_articles.hpp"
#include "served_shard.hpp"
#include "temp_dir.hpp"

#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <doctest/doctest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

namespace morgue {
namespace {

constexpr const char* kReplicateServer = "/usr/bin/xapian-replicate-server";
constexpr const char* kReplicate = "/usr/bin/xapian-replicate";

// A port nobody listens on now (the kernel's pick for port 0); xapian-replicate-server cannot
// pick one itself and print it.
int free_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&address), size) == 0);
    REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    close(fd);
    return ntohs(address.sin_port);
}

bool accepts(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok;
}

// xapian-replicate-server serving the databases in `parent`, in a process group of its own
// under a hard time limit, killed with its group at the end.
class ReplicationMaster {
public:
    explicit ReplicationMaster(const std::string& parent) : port_(free_port()) {
        child_ = std::make_unique<testing::Child>(
            "/usr/bin/timeout",
            std::vector<std::string>{"-s", "KILL", "120", kReplicateServer, "-I", "127.0.0.1", "-p",
                                     std::to_string(port_), parent},
            testing::within(std::chrono::seconds(150)));
        for (int tries = 0; !accepts(port_); ++tries) {
            REQUIRE_MESSAGE(tries < 2000, "xapian-replicate-server did not listen: " << child_->err_so_far());
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    ~ReplicationMaster() { child_->kill_group(SIGKILL); }

    // One replication of `name` into `replica`, as `xapian-replicate --one-shot` does it.
    void replicate(const std::string& name, const std::string& replica) const {
        const testing::ChildResult run =
            testing::run_child(kReplicate, {"-h", "127.0.0.1", "-p", std::to_string(port_), "-m", name, "-o", "-q", replica},
                               testing::within(std::chrono::seconds(60)));
        REQUIRE_MESSAGE(run.exit_code == 0, "xapian-replicate failed: " << run.err);
    }

private:
    int port_;
    std::unique_ptr<testing::Child> child_;
};

std::vector<std::string> ids_of(const SearchResponse& response) {
    std::vector<std::string> ids;
    for (const Hit& hit : response.hits) ids.push_back(hit.article.id);
    return ids;
}

}  // namespace

TEST_CASE("shards: a replica made by xapian-replicate answers for a dead shard server and catches up after a commit") {
    if (!std::filesystem::exists(kReplicateServer) || !std::filesystem::exists(kReplicate)) {
        MESSAGE("SKIPPED: xapian-replicate and xapian-replicate-server (Debian's xapian-tools) are not installed");
        return;
    }
    const testing::TempDir dir;
    const std::string master = dir / "master", whole = dir / "whole", other = dir / "other";
    const std::string replica = dir / "replica";
    std::filesystem::create_directory(master);
    std::mt19937 random(2010);
    {
        Indexer one({.database = whole}), first({.database = master + "/1987"}), second({.database = other});
        for (int id = 1; id <= 200; ++id) {
            const Article article = testing::random_article(id, random, {.max_extra_words = 30});
            one.add(article);
            (id % 2 ? first : second).add(article);
        }
        one.commit();
        first.commit();
        second.commit();
    }
    const ReplicationMaster replication(master);
    replication.replicate("1987", replica);

    auto primary = std::make_unique<testing::ServedShard>(std::vector<std::string>{master + "/1987"});
    const testing::ServedShard copy({replica});
    const std::string collection = dir / "archive";
    std::ofstream(collection) << primary->stub_line() << "\n#replica " << copy.stub_line() << "\nauto " << other << "\n";

    Searcher one(whole), sharded(collection);
    const SearchRequest request{.query = "cocoa OR gold OR wheat", .limit = 30, .facets = {"topic"}, .snippets = false};
    const SearchResponse expected = one.search(request);
    REQUIRE_FALSE(expected.hits.empty());
    const SearchResponse before = sharded.search(request);
    CHECK(before.shards.replaced.empty());
    CHECK(ids_of(before) == ids_of(expected));

    primary->kill();  // with the searcher connected to it
    const SearchResponse failed_over = sharded.search(request);
    CHECK(failed_over.shards.answered == 2);
    CHECK(failed_over.shards.missing.empty());
    REQUIRE(failed_over.shards.replaced.size() == 1);
    CHECK(failed_over.shards.replaced[0].find(" by its replica 127.0.0.1:" + std::to_string(copy.port())) !=
          std::string::npos);
    CHECK(failed_over.total_exact);
    CHECK(failed_over.total == expected.total);
    CHECK(ids_of(failed_over) == ids_of(expected));
    for (std::size_t i = 0; i < expected.hits.size() && i < failed_over.hits.size(); ++i)
        CHECK(failed_over.hits[i].score == doctest::Approx(expected.hits[i].score));

    // A commit on the master reaches the replica with the next replication, and the searcher
    // connected to the replica finds it.
    {
        Indexer more({.database = master + "/1987"});
        more.add({.id = "201", .headline = "Zeppelin lands", .body = "A zeppelin landed in the harbour."});
        more.commit();
    }
    replication.replicate("1987", replica);
    const SearchResponse caught_up = sharded.search({.query = "zeppelin", .snippets = false});
    CHECK(caught_up.shards.answered == 2);
    REQUIRE(caught_up.hits.size() == 1);
    CHECK(caught_up.hits[0].article.id == "201");
}

}  // namespace morgue
