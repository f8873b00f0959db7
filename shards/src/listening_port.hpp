#pragma once

namespace morgue {

// The port of the one TCP socket this process listens on, or 0. Xapian's TcpServer keeps its
// socket to itself; asked for port 0 it binds any free port, and this finds which one it was.
int listening_port();

}  // namespace morgue
