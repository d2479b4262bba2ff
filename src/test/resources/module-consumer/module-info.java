/** A user's module: it names tgparse and nothing else, as the README tells users to. */
module consumer {
  requires org.tgparse;
}
