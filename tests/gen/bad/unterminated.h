/* expect: 3:1: unterminated comment */
struct s { int x; };
/* oops
