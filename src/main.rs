fn main() {
    std::process::exit(azr::app::main(std::env::args_os().collect()));
}
