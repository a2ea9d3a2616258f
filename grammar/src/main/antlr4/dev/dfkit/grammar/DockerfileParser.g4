// $antlr-format alignTrailingComments true, columnLimit 120
/*
 * Parser for the token stream of DockerfileLexer. The lexer has already decided the physical
 * structure, so this grammar accepts every token sequence the lexer can produce: the parser never
 * fails on user input, and every semantic problem is reported by the parser module's AST builder.
 * Tokens on the hidden channel (continuations, comment and empty lines inside a continuation)
 * stay in the token stream for the lossless tree.
 */
parser grammar DockerfileParser;

options {
    tokenVocab = DockerfileLexer;
}

dockerfile
    : BOM? line* EOF
    ;

// Leading blanks can be several WS tokens ('\r' not before '\n' is a blank of its own).
line
    : WS* DIRECTIVE NEWLINE? # directiveLine
    | WS* COMMENT NEWLINE?   # commentLine
    | WS* NEWLINE            # blankLine
    | WS+                    # trailingWhitespace
    | WS* instruction        # instructionLine
    ;

// One alternative per instruction, so the AST builder has one method per instruction.
instruction
    : FROM body         # fromInstruction
    | RUN body          # runInstruction
    | CMD body          # cmdInstruction
    | LABEL body        # labelInstruction
    | MAINTAINER body   # maintainerInstruction
    | EXPOSE body       # exposeInstruction
    | ENV body          # envInstruction
    | ADD body          # addInstruction
    | COPY body         # copyInstruction
    | ENTRYPOINT body   # entrypointInstruction
    | VOLUME body       # volumeInstruction
    | USER body         # userInstruction
    | WORKDIR body      # workdirInstruction
    | ARG body          # argInstruction
    | ONBUILD body      # onbuildInstruction
    | STOPSIGNAL body   # stopsignalInstruction
    | HEALTHCHECK body  # healthcheckInstruction
    | SHELL body        # shellInstruction
    | UNKNOWN_WORD body # unknownInstruction
    // A line holding only the escape character, joined to what follows (the keyword is there).
    | LEADING_CONTINUATION body # continuedInstruction
    ;

body
    : arguments (NEWLINE heredoc* unterminatedHeredoc?)?
    ;

arguments
    : TEXT*
    ;

heredoc
    : HEREDOC_LINE* HEREDOC_END
    ;

// Body lines that ran into the end of the file: the builder reports "unterminated heredoc".
unterminatedHeredoc
    : HEREDOC_LINE+
    ;
