-- Soundpath seed: lesson checks (short quizzes) for all 45 lessons, 3-4 questions each.
-- Ids: question = lesson id * 10 + n (n = 1..4); option = question id * 10 + m (m = 1..4).
-- Kinds: SINGLE (one correct option), MULTIPLE (two or three correct of four), TRUE_FALSE
-- (option 1 'True', option 2 'False'). lesson.pass_mark keeps its default.
-- Generated from a data script that checks counts, correct answers, lengths and ids; edit the
-- data and regenerate rather than editing this file by hand. Portable SQL: H2 2.2 and PostgreSQL 15.

-- Course 201: Audio foundations: signal flow, gain and the DAW

-- Lesson 2011
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (20111, 2011, 1, 'SINGLE', 'What does the frequency of a sound wave describe?', 'Frequency is the number of pressure cycles per second, given in hertz (Hz), and our ears hear it as pitch. The size of the pressure swings is amplitude, which we hear as loudness.'),
    (20112, 2011, 2, 'SINGLE', 'Your DAW meter reads in dBFS. What does 0 dBFS stand for?', 'dBFS compares a digital signal with full scale, so 0 dBFS is the biggest value the system can store. Anything louder is clipped, which is why digital meters count down from zero.'),
    (20113, 2011, 3, 'MULTIPLE', 'Which decibel rules of thumb does the lesson give? Select all that apply.', 'The lesson''s rules are: +6 dB doubles the amplitude, +3 dB doubles the power, and about +10 dB sounds roughly twice as loud. Doubling the power takes only +3 dB, not +12 dB.'),
    (20114, 2011, 4, 'TRUE_FALSE', 'A level of -18 dBFS always produces the same loudness in the room, whatever speakers or volume setting you use.', 'There is no fixed relationship between dBFS and dB SPL: the loudness you get from -18 dBFS depends on your volume setting, amplifier and speakers.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (201111, 20111, 1, 'How long the sound lasts before it fades', FALSE),
    (201112, 20111, 2, 'How fast the wave travels through the air', FALSE),
    (201113, 20111, 3, 'How large the pressure swings are', FALSE),
    (201114, 20111, 4, 'How many pressure cycles pass each second', TRUE),
    (201121, 20112, 1, 'The level of a normal conversation in a room', FALSE),
    (201122, 20112, 2, 'The quietest sound a healthy ear can detect', FALSE),
    (201123, 20112, 3, 'The highest level the system can store before clipping', TRUE),
    (201124, 20112, 4, 'A comfortable average level to record at', FALSE),
    (201131, 20113, 1, '+12 dB doubles the power', FALSE),
    (201132, 20113, 2, '+3 dB doubles the power', TRUE),
    (201133, 20113, 3, 'Roughly +10 dB sounds about twice as loud', TRUE),
    (201134, 20113, 4, '+6 dB doubles the amplitude', TRUE),
    (201141, 20114, 1, 'True', FALSE),
    (201142, 20114, 2, 'False', TRUE);

-- Lesson 2012
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (20121, 2012, 1, 'SINGLE', 'In a recording chain, what is the main job of the preamp?', 'A microphone puts out only a tiny voltage, and the preamp, where the gain knob lives, lifts it to a working level. Turning voltage into numbers is the converter''s job, and driving speakers is the amplifier''s.'),
    (20122, 2012, 2, 'SINGLE', 'You plug a keyboard''s line-level output into a microphone input. What are you most likely to hear?', 'A mic input expects a very small signal, so a much stronger line-level signal overloads it and distorts. A faint, noisy sound is what happens the other way round, with a mic in a line input.'),
    (20123, 2012, 3, 'MULTIPLE', 'Which statements about balanced cables are correct? Select all that apply.', 'A balanced cable sends the signal twice, one copy inverted; the receiving end inverts it back, so the audio adds up while noise common to both conductors cancels. The single-conductor, keep-it-short description fits unbalanced cables.'),
    (20124, 2012, 4, 'SINGLE', 'A track is silent. Where does the lesson suggest you begin looking for the fault?', 'Start at the source and walk forward through the chain one stage at a time. Changing one thing at a time also tells you exactly what fixed it.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (201211, 20121, 1, 'Turning the voltage into numbers for the computer', FALSE),
    (201212, 20121, 2, 'Turning changes in air pressure into a voltage', FALSE),
    (201213, 20121, 3, 'Giving the signal enough power to move a speaker', FALSE),
    (201214, 20121, 4, 'Raising the tiny microphone signal to a working level', TRUE),
    (201221, 20122, 1, 'A faint signal with a lot of noise', FALSE),
    (201222, 20122, 2, 'A thin, dull tone like a guitar without a DI', FALSE),
    (201223, 20122, 3, 'Distortion', TRUE),
    (201224, 20122, 4, 'Clean sound, because the two levels are the same', FALSE),
    (201231, 20123, 1, 'They should be kept to a few metres to avoid hum and buzz', FALSE),
    (201232, 20123, 2, 'Noise that reaches both conductors equally is cancelled at the receiving end', TRUE),
    (201233, 20123, 3, 'They send the signal twice, with one copy''s polarity inverted', TRUE),
    (201234, 20123, 4, 'They use a single signal wire inside a shield', FALSE),
    (201241, 20124, 1, 'At the source, then forward through each stage in turn', TRUE),
    (201242, 20124, 2, 'At the speakers, then backwards towards the microphone', FALSE),
    (201243, 20124, 3, 'In the plugin settings, since software fails most often', FALSE),
    (201244, 20124, 4, 'By swapping every cable at once to save time', FALSE);

-- Lesson 2013
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (20131, 2013, 1, 'SINGLE', 'What is headroom?', 'Headroom is the safety margin between your normal working level and the maximum level, which is 0 dBFS in a digital system. The gap down to the noise floor is the signal-to-noise ratio instead.'),
    (20132, 2013, 2, 'SINGLE', 'When recording at 24-bit, which level target does the lesson give as a common rule of thumb?', 'At 24-bit the noise floor is so low you will never hear it, so there is no need to record hot. An average near -18 dBFS with peaks around -10 to -6 dBFS leaves room for a sudden loud moment.'),
    (20133, 2013, 3, 'MULTIPLE', 'Which habits for setting recording levels does the lesson recommend? Select all that apply.', 'Set levels on the loudest, most energetic part of the song, and do it with the preamp gain. Moving the DAW fader changes only what you hear on playback, not the level being recorded.'),
    (20134, 2013, 4, 'TRUE_FALSE', 'In most DAWs, the master output can clip, even though a channel meter going above zero rarely harms the sound inside the software.', 'DAWs usually mix internally in floating point, so channel overs are rarely a problem, but the master feeds a converter or a file and will clip. Keeping master peaks around -6 dBFS also leaves space for mastering.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (201311, 20131, 1, 'The background noise a device always produces', FALSE),
    (201312, 20131, 2, 'The level a device is built to run at', FALSE),
    (201313, 20131, 3, 'The gap between your signal and the noise floor', FALSE),
    (201314, 20131, 4, 'The gap between your working level and the maximum', TRUE),
    (201321, 20132, 1, 'An average around -40 dBFS, with peaks near -30 dBFS', FALSE),
    (201322, 20132, 2, 'Peaks just touching 0 dBFS on the loudest note', FALSE),
    (201323, 20132, 3, 'An average near 0 dBFS, so the take is as loud as possible', FALSE),
    (201324, 20132, 4, 'An average around -18 dBFS, with peaks around -10 to -6 dBFS', TRUE),
    (201331, 20133, 1, 'Use the DAW track fader to change how loud the recording is', FALSE),
    (201332, 20133, 2, 'Set the gain during the loudest part of the song, played at full effort', TRUE),
    (201333, 20133, 3, 'Adjust the preamp gain rather than the DAW fader', TRUE),
    (201334, 20133, 4, 'Set the gain during a gentle warm-up so the performer can relax', FALSE),
    (201341, 20134, 1, 'True', TRUE),
    (201342, 20134, 2, 'False', FALSE);

-- Lesson 2014
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (20141, 2014, 1, 'SINGLE', 'Which sample rate does the lesson call standard for video and broadcast?', '48 kHz is the standard for video and broadcast, while 44.1 kHz is the traditional rate for music. Both capture frequencies up to just under half the rate, which covers the 20 kHz limit of hearing.'),
    (20142, 2014, 2, 'SINGLE', 'You want several tracks to share one reverb. How should you set it up?', 'Sends copy each track''s signal to a return track where one reverb sits fully wet. One reverb instead of many saves processing power and makes the instruments sound as if they share a room.'),
    (20143, 2014, 3, 'SINGLE', 'Which kind of send suits a headphone mix for a performer, and why?', 'A pre-fader send ignores the channel fader, so your mix moves will not suddenly change what the singer hears. Post-fader sends suit effects such as reverb.'),
    (20144, 2014, 4, 'MULTIPLE', 'Which statements about DAW sessions and tracks are correct? Select all that apply.', 'The audio lives as separate files in the session folder, MIDI is only note data that plays an instrument, and inserts run top to bottom so their order matters. Each bit of depth adds about 6 dB of dynamic range, not 1 dB.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (201411, 20141, 1, '44.1 kHz', FALSE),
    (201412, 20141, 2, '48 kHz', TRUE),
    (201413, 20141, 3, '96 kHz', FALSE),
    (201414, 20141, 4, '192 kHz', FALSE),
    (201421, 20142, 1, 'As an insert on the master track, at a low mix setting', FALSE),
    (201422, 20142, 2, 'On a return track fed by sends, with the reverb set fully wet', TRUE),
    (201423, 20142, 3, 'On a MIDI track so it can follow the tempo', FALSE),
    (201424, 20142, 4, 'As an insert on every track, each with its own settings', FALSE),
    (201431, 20143, 1, 'Post-fader, so it uses less processing power', FALSE),
    (201432, 20143, 2, 'Pre-fader, so your mix moves leave the performer''s mix alone', TRUE),
    (201433, 20143, 3, 'Pre-fader, so the reverb follows the vocal fader', FALSE),
    (201434, 20143, 4, 'Post-fader, so the headphone mix follows every fader move', FALSE),
    (201441, 20144, 1, 'MIDI notes make no sound until they play a virtual instrument', TRUE),
    (201442, 20144, 2, 'Each extra bit of depth adds about 1 dB of dynamic range', FALSE),
    (201443, 20144, 3, 'An EQ placed before a compressor behaves differently from one placed after it', TRUE),
    (201444, 20144, 4, 'The audio files sit separately in the session folder, so back up the whole folder', TRUE);

-- Lesson 2015
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (20151, 2015, 1, 'SINGLE', 'How should a pair of studio monitors be placed relative to your head?', 'Your head and the two monitors should make a triangle with equal sides, tweeters level with your ears. Keep the speakers away from corners and slightly off the wall behind them.'),
    (20152, 2015, 2, 'SINGLE', 'According to the lesson, what shapes the bass you hear more than anything else?', 'Low notes bounce between the walls, building up in some spots and cancelling in others. That is why shifting your chair slightly can change the amount of bass you hear.'),
    (20153, 2015, 3, 'MULTIPLE', 'Which habits help you compare two versions of a mix fairly? Select all that apply.', 'The louder of two versions nearly always seems better at first, so match levels before comparing, and switch against reference tracks turned down to your mix''s level.'),
    (20154, 2015, 4, 'TRUE_FALSE', 'Headphones show stereo width accurately, so a mix checked on headphones does not need checking on speakers.', 'Headphones take the room out of the equation but make stereo width seem bigger than it is. Check mixes on speakers too, and cross-check on a phone, earbuds and a car stereo.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (201511, 20151, 1, 'Pushed into the corners of the room to strengthen the bass', FALSE),
    (201512, 20151, 2, 'Forming an equal-sided triangle with your head, tweeters at ear level', TRUE),
    (201513, 20151, 3, 'With the tweeters well above head height, tilted down', FALSE),
    (201514, 20151, 4, 'Close together in the middle of the desk, angled outwards', FALSE),
    (201521, 20152, 1, 'The DAW''s sample rate', FALSE),
    (201522, 20152, 2, 'The speaker cables', FALSE),
    (201523, 20152, 3, 'The room', TRUE),
    (201524, 20152, 4, 'The tweeters', FALSE),
    (201531, 20153, 1, 'Match the levels of the two versions before comparing', TRUE),
    (201532, 20153, 2, 'Judge only on headphones, since they take the room out of the picture', FALSE),
    (201533, 20153, 3, 'Switch between your mix and reference tracks turned down to match it', TRUE),
    (201534, 20153, 4, 'Make the version you prefer a little louder so its strengths stand out', FALSE),
    (201541, 20154, 1, 'True', FALSE),
    (201542, 20154, 2, 'False', TRUE);

-- Course 211: Pre-production: shaping songs before recording

-- Lesson 2111
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21111, 2111, 1, 'SINGLE', 'What is pre-production?', 'Pre-production covers everything between deciding to make a record and the first studio take: choosing the songs, shaping them and making a plan.'),
    (21112, 2111, 2, 'MULTIPLE', 'Which of these should exist by the end of pre-production? Select all that apply.', 'Pre-production produces planning documents: a song list with keys and tempos, demos, song maps with bar counts, a parts list and a session plan. A release-ready master only comes at the very end of the process.'),
    (21113, 2111, 3, 'SINGLE', 'Before recording starts, you discover the chorus sits too high for the singer. Why is it good that this came up in pre-production?', 'Fixing a problem early is cheap, while fixing it late is costly. In a rehearsal room a key change is quick; on recording day it means relearning parts and redoing guide tracks with the clock running.'),
    (21114, 2111, 4, 'TRUE_FALSE', 'During pre-production the producer takes ownership of the songs and decides how they are written.', 'The songs still belong to the artist. The producer helps by asking good questions and suggesting ideas that make each song the best version of itself.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (211111, 21111, 1, 'Promoting the record in the weeks before release', FALSE),
    (211112, 21111, 2, 'Editing and cleaning up the takes after recording', FALSE),
    (211113, 21111, 3, 'Shaping the songs and planning the work before recording', TRUE),
    (211114, 21111, 4, 'Giving a finished mix its final polish before release', FALSE),
    (211121, 21112, 1, 'A song list with the key and tempo of each track', TRUE),
    (211122, 21112, 2, 'A finished master ready to send to the distributor', FALSE),
    (211123, 21112, 3, 'A session plan saying what gets recorded on which day', TRUE),
    (211124, 21112, 4, 'A song map showing the sections in order with bar counts', TRUE),
    (211131, 21113, 1, 'A key change is quick now but costly once recording has begun', TRUE),
    (211132, 21113, 2, 'The mix engineer can lower the pitch of the chorus later on', FALSE),
    (211133, 21113, 3, 'Key changes are only possible before a song has been demoed', FALSE),
    (211134, 21113, 4, 'The singer can practise the high notes during the first studio session', FALSE),
    (211141, 21114, 1, 'True', FALSE),
    (211142, 21114, 2, 'False', TRUE);

-- Lesson 2112
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21121, 2112, 1, 'SINGLE', 'In the key of C, a producer suggests swapping the C chord (I) for A minor (vi) under one line. Why does the melody often still fit?', 'C major is C E G and A minor is A C E, so the two chords share two notes. The melody usually still works, while the mood turns darker.'),
    (21122, 2112, 2, 'SINGLE', 'What does harmonic rhythm mean?', 'Harmonic rhythm is how often the chords change. Changing chords more often, for example in a pre-chorus, can build energy before a slower chorus.'),
    (21123, 2112, 3, 'MULTIPLE', 'Which are good habits when offering a suggestion to an artist? Select all that apply.', 'Starting with what works, describing the problem as an effect on a listener and demonstrating a concrete option all help the artist hear your idea. If they say no after hearing it, you move on.'),
    (21124, 2112, 4, 'TRUE_FALSE', 'Finishing a section on the V chord, such as G in the key of C, tends to leave listeners eager for the next section.', 'Holding back the home chord by stopping on V leaves the phrase feeling unfinished, which pulls the listener into whatever comes next.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (211211, 21121, 1, 'The two chords share two notes', TRUE),
    (211212, 21121, 2, 'Any minor chord fits under any melody', FALSE),
    (211213, 21121, 3, 'A minor is the same chord as C, played lower', FALSE),
    (211214, 21121, 4, 'The bass note stays exactly the same', FALSE),
    (211221, 21122, 1, 'The rhythm played by the drums', FALSE),
    (211222, 21122, 2, 'Where the stressed syllables fall in a lyric', FALSE),
    (211223, 21122, 3, 'The tempo of the song in beats per minute', FALSE),
    (211224, 21122, 4, 'How often the chords change', TRUE),
    (211231, 21123, 1, 'Start with what is already working in the song', TRUE),
    (211232, 21123, 2, 'Offer a specific option and play or sing it', TRUE),
    (211233, 21123, 3, 'Describe the problem as its effect on a listener', TRUE),
    (211234, 21123, 4, 'Keep repeating the idea until the artist agrees to it', FALSE),
    (211241, 21124, 1, 'True', TRUE),
    (211242, 21124, 2, 'False', FALSE);

-- Lesson 2113
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21131, 2113, 1, 'SINGLE', 'Why does the lesson suggest writing notes during your very first listen to an artist''s demos?', 'Once a song becomes familiar you stop hearing it fresh. The first listen is your best chance to hear it the way a stranger would, so write that reaction down.'),
    (21132, 2113, 2, 'SINGLE', 'How should you treat the numbers on a song scoring sheet?', 'Scores keep the conversation grounded, but they are only a starting point. A song that scores low may still be the one that means most to the artist, and that counts too.'),
    (21133, 2113, 3, 'MULTIPLE', 'When shaping a shortlist into a record, which points does the lesson say to think about? Select all that apply.', 'Variety of tempo, key and mood stops the record blurring together, the opener and closer shape the flow, and a planned single usually needs the strongest hook. Putting every song in one key would work against variety.'),
    (21134, 2113, 4, 'TRUE_FALSE', 'If the artist still wants a song the producer thinks is weak, the song goes on the record.', 'Choosing songs is a shared decision, but the artist has the final say. The producer explains the reasons and suggests improvements, then respects the choice.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (211311, 21131, 1, 'Notes are needed to register the songs for copyright', FALSE),
    (211312, 21131, 2, 'First impressions should decide the final track list on their own', FALSE),
    (211313, 21131, 3, 'The artist usually takes the demos back after one listen', FALSE),
    (211314, 21131, 4, 'It is your best chance to hear the songs the way a stranger would', TRUE),
    (211321, 21132, 1, 'As private notes the artist should never see', FALSE),
    (211322, 21132, 2, 'As a starting point for discussion with the artist', TRUE),
    (211323, 21132, 3, 'As a ranking of the songs from fastest to slowest', FALSE),
    (211324, 21132, 4, 'As the final decision about which songs make the record', FALSE),
    (211331, 21133, 1, 'Putting every song in the same key so the record feels unified', FALSE),
    (211332, 21133, 2, 'A mix of tempos, keys and moods', TRUE),
    (211333, 21133, 3, 'Which songs open and close the record', TRUE),
    (211334, 21133, 4, 'Whether the song planned as a single has the strongest hook', TRUE),
    (211341, 21134, 1, 'True', TRUE),
    (211342, 21134, 2, 'False', FALSE);

-- Lesson 2114
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21141, 2114, 1, 'SINGLE', 'When considering an extra instrument, why ask whether it will fight the vocal?', 'A part that sits in the singer''s pitch range can hide the lyrics, so check how any new instrument sits against the vocal before adding it.'),
    (21142, 2114, 2, 'MULTIPLE', 'Which qualities mark a good session musician? Select all that apply.', 'Good session players read charts fast and switch styles easily, and they also stay consistent and respond well to direction. Writing the song is not their job, though they often improve a part.'),
    (21143, 2114, 3, 'SINGLE', 'What should a brief to a session player include before the session?', 'Sending a clear brief ahead saves costly studio time: the demo, the key, tempo and song map, a chart, a few reference recordings and the practical details. Players then arrive ready to play.'),
    (21144, 2114, 4, 'TRUE_FALSE', 'When a session player is going to stand in for a band member on a track, the lesson advises discussing it openly with the band beforehand.', 'Bringing in a session player can be a sensitive topic. Discussing it openly with the band before the session avoids hurt feelings on the day.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (211411, 21141, 1, 'Session players are not allowed to play during vocal takes', FALSE),
    (211412, 21141, 2, 'Vocals must be recorded before any other instrument', FALSE),
    (211413, 21141, 3, 'A part sharing the singer''s pitch range can cover up the words', TRUE),
    (211414, 21141, 4, 'Extra instruments always push the singer out of tune', FALSE),
    (211421, 21142, 1, 'Insists on playing their own part rather than taking direction', FALSE),
    (211422, 21142, 2, 'Reads charts quickly', TRUE),
    (211423, 21142, 3, 'Adapts to different styles', TRUE),
    (211424, 21142, 4, 'Rewrites the song to suit their own style', FALSE),
    (211431, 21143, 1, 'The demo, the key, tempo and song map, and a chart of the part', TRUE),
    (211432, 21143, 2, 'The finished mix of the song so they can copy it', FALSE),
    (211433, 21143, 3, 'Only the date and fee; the part is worked out in the studio', FALSE),
    (211434, 21143, 4, 'A list of the plugins used on the demo', FALSE),
    (211441, 21144, 1, 'True', TRUE),
    (211442, 21144, 2, 'False', FALSE);

-- Lesson 2115
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21151, 2115, 1, 'SINGLE', 'How does the lesson suggest building a production schedule?', 'Working backwards from the delivery date shows early whether the stages fit. If they do not, it is far better to drop a song or move the release now than to rush the mix at the end.'),
    (21152, 2115, 2, 'SINGLE', 'Roughly how much spare time does the lesson suggest keeping as a buffer?', 'Keep roughly a fifth of the schedule spare for illness, broken gear or a song that needs rewriting. Beginners almost always underestimate how long things take.'),
    (21153, 2115, 3, 'MULTIPLE', 'Which belong in a plan for a single session day? Select all that apply.', 'A day plan lists who is needed and when, the songs and parts in order, the gear, rough timings and what can be dropped if the day runs late. A singer gives their best in a few focused hours rather than a whole day.'),
    (21154, 2115, 4, 'TRUE_FALSE', 'The lesson advises recording the most important parts first, while people are fresh.', 'Energy fades as a session goes on, so record the most important parts early. Grouping songs that share a setup also saves moving microphones all day.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (211511, 21151, 1, 'Start from the delivery date and work backwards through the stages', TRUE),
    (211512, 21151, 2, 'Give every stage the same amount of time', FALSE),
    (211513, 21151, 3, 'Book the mastering first and fit everything else around it', FALSE),
    (211514, 21151, 4, 'Start recording straight away and set the deadline during mixing', FALSE),
    (211521, 21152, 1, 'About a twentieth of the schedule', FALSE),
    (211522, 21152, 2, 'About a fifth of the schedule', TRUE),
    (211523, 21152, 3, 'About half of the schedule', FALSE),
    (211524, 21152, 4, 'No buffer, if the plan is detailed enough', FALSE),
    (211531, 21153, 1, 'A full day of lead vocals, so the singer gets warmed up', FALSE),
    (211532, 21153, 2, 'Which songs and parts will be recorded, in order', TRUE),
    (211533, 21153, 3, 'Who is needed, and at what time', TRUE),
    (211534, 21153, 4, 'What to drop if the day overruns', TRUE),
    (211541, 21154, 1, 'True', TRUE),
    (211542, 21154, 2, 'False', FALSE);

-- Course 212: Songwriting and arrangement

-- Lesson 2121
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21211, 2121, 1, 'SINGLE', 'Which step pattern makes a major scale?', 'Played from C, those steps use only the white keys: C D E F G A B C. The pattern that begins tone, semitone belongs to the natural minor.'),
    (21212, 2121, 2, 'SINGLE', 'In the key of C major, which chords are I, IV and V?', 'Building a triad on each note of the C major scale gives major chords on the first, fourth and fifth notes: C, F and G. The ii, iii and vi chords (D minor, E minor, A minor) are minor.'),
    (21213, 2121, 3, 'MULTIPLE', 'Which statements about intervals and chords are correct? Select all that apply.', 'A perfect fifth spans 7 semitones, and a major triad stacks a major third and a perfect fifth on the root (C E G). A minor third is 3 semitones, and a minor triad lowers the middle note rather than raising it.'),
    (21214, 2121, 4, 'TRUE_FALSE', 'The key of A minor shares all seven of its notes with C major, but A is its home note.', 'Keys with the same notes are called relative major and relative minor. Treating A as home is what gives A minor its darker mood.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (212111, 21211, 1, 'Tone, tone, semitone, tone, tone, tone, semitone', TRUE),
    (212112, 21211, 2, 'Semitone, tone, tone, tone, semitone, tone, tone', FALSE),
    (212113, 21211, 3, 'Tone, tone, tone, semitone, tone, tone, semitone', FALSE),
    (212114, 21211, 4, 'Tone, semitone, tone, tone, semitone, tone, tone', FALSE),
    (212121, 21212, 1, 'C, G and A minor', FALSE),
    (212122, 21212, 2, 'C, F and G', TRUE),
    (212123, 21212, 3, 'C, E and G', FALSE),
    (212124, 21212, 4, 'D minor, E minor and A minor', FALSE),
    (212131, 21213, 1, 'A perfect fifth spans 7 semitones', TRUE),
    (212132, 21213, 2, 'A minor triad raises the middle note of a major triad by a semitone', FALSE),
    (212133, 21213, 3, 'A minor third spans 4 semitones', FALSE),
    (212134, 21213, 4, 'A major triad stacks a major third and a perfect fifth on its root', TRUE),
    (212141, 21214, 1, 'True', TRUE),
    (212142, 21214, 2, 'False', FALSE);

-- Lesson 2122
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21221, 2122, 1, 'SINGLE', 'In 4/4 time, how many beats does a half note (minim) last?', 'In 4/4 a whole note lasts 4 beats, a half note 2, a quarter note 1 and an eighth note half a beat.'),
    (21222, 2122, 2, 'SINGLE', 'What does the top number of a time signature tell you?', 'The top number gives the number of beats in each bar, and the bottom number says which note value counts as one beat. So 3/4 means three quarter-note beats per bar.'),
    (21223, 2122, 3, 'MULTIPLE', 'When you write a chart for a player, which details does the lesson say to include? Select all that apply.', 'The lesson asks for tempo, key and time signature plus section names and bar counts, with repeats marked and bars numbered. The brand of instrument is not something a chart needs.'),
    (21224, 2122, 4, 'TRUE_FALSE', 'Because the Nashville Number System writes chords as numbers, the same chart works in any key.', 'Numbers such as 1, 4, 5 and 6m describe each chord''s place in the key rather than its letter name, which is handy when a singer asks to move the song up.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (212211, 21221, 1, '1', FALSE),
    (212212, 21221, 2, '2', TRUE),
    (212213, 21221, 3, '3', FALSE),
    (212214, 21221, 4, '4', FALSE),
    (212221, 21222, 1, 'Which note value counts as one beat', FALSE),
    (212222, 21222, 2, 'How many sharps or flats are in the key', FALSE),
    (212223, 21222, 3, 'The tempo in beats per minute', FALSE),
    (212224, 21222, 4, 'How many beats are in each bar', TRUE),
    (212231, 21223, 1, 'The tempo and the key', TRUE),
    (212232, 21223, 2, 'The time signature', TRUE),
    (212233, 21223, 3, 'The brand of instrument the player should use', FALSE),
    (212234, 21223, 4, 'Section names and bar counts', TRUE),
    (212241, 21224, 1, 'True', TRUE),
    (212242, 21224, 2, 'False', FALSE);

-- Lesson 2123
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21231, 2123, 1, 'SINGLE', 'What is a perfect (authentic) cadence?', 'V to I gives the strongest sense of arriving home in Western music. Stopping on V instead is a half cadence, which leaves the listener expecting more.'),
    (21232, 2123, 2, 'SINGLE', 'In the key of C, which chords make up the progression I - V - vi - IV?', 'In C major, I is C, V is G, vi is A minor and IV is F, so the loop is C G Am F. It turns up in a huge number of pop choruses.'),
    (21233, 2123, 3, 'MULTIPLE', 'Which techniques does the lesson suggest for freshening a predictable progression? Select all that apply.', 'Starting the loop somewhere else, adding colour such as Cmaj7 or Gsus4, and borrowing a chord like F minor in C all freshen a progression. Transposing the whole song keeps the same progression, just higher.'),
    (21234, 2123, 4, 'TRUE_FALSE', 'In C major, F minor is a borrowed chord, taken from the parallel minor key.', 'F minor (iv) does not belong to C major; it comes from C minor. Using it in a major key adds a bittersweet moment.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (212311, 21231, 1, 'Borrowing a chord from the parallel minor', FALSE),
    (212312, 21231, 2, 'Stopping a phrase on the V chord', FALSE),
    (212313, 21231, 3, 'The move from the V chord to the I chord', TRUE),
    (212314, 21231, 4, 'The move from the I chord to the IV chord', FALSE),
    (212321, 21232, 1, 'C G Am F', TRUE),
    (212322, 21232, 2, 'Am F C G', FALSE),
    (212323, 21232, 3, 'C Am F G', FALSE),
    (212324, 21232, 4, 'C F G C', FALSE),
    (212331, 21233, 1, 'Starting the same loop on a different chord', TRUE),
    (212332, 21233, 2, 'Borrowing a chord from the parallel minor', TRUE),
    (212333, 21233, 3, 'Adding sevenths or suspensions', TRUE),
    (212334, 21233, 4, 'Transposing the whole song up a tone', FALSE),
    (212341, 21234, 1, 'True', TRUE),
    (212342, 21234, 2, 'False', FALSE);

-- Lesson 2124
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21241, 2124, 1, 'SINGLE', 'What is a chord tone?', 'Chord tones are the root, third or fifth of whatever chord is sounding, so they feel stable. Melodies tend to rest on them at the beginning of bars and the end of phrases.'),
    (21242, 2124, 2, 'SINGLE', 'What is the simplest way to add a vocal harmony, according to the lesson?', 'Because chords are stacked in thirds, a part moving a third above or below the tune, kept inside the key, usually blends sweetly.'),
    (21243, 2124, 3, 'MULTIPLE', 'Which traits does the lesson link with memorable melodies? Select all that apply.', 'A clear contour and mostly stepwise motion with the odd leap help a melody stick, while constant big jumps are hard to sing. The lesson also advises holding the top notes back for the chorus rather than the verse.'),
    (21244, 2124, 4, 'TRUE_FALSE', 'A passing note is a note outside the chord that moves by step from one chord tone to another.', 'Passing notes step between two chord tones. Like other non-chord tones, they add movement and a little tension to a melody.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (212411, 21241, 1, 'Any note that is held for a whole bar', FALSE),
    (212412, 21241, 2, 'A note in the chord currently playing', TRUE),
    (212413, 21241, 3, 'A note that only the bass plays', FALSE),
    (212414, 21241, 4, 'A note taken from outside the key', FALSE),
    (212421, 21242, 1, 'Sing only each chord''s root, an octave higher', FALSE),
    (212422, 21242, 2, 'Repeat the melody exactly, one bar later', FALSE),
    (212423, 21242, 3, 'Shadow the melody a semitone above, all the way through', FALSE),
    (212424, 21242, 4, 'Shadow the melody a third above or below, within the key', TRUE),
    (212431, 21243, 1, 'A clear shape, like climbing to a high point in the chorus', TRUE),
    (212432, 21243, 2, 'The singer''s highest notes used throughout the verse', FALSE),
    (212433, 21243, 3, 'Mostly steps, with an occasional leap', TRUE),
    (212434, 21243, 4, 'Large leaps between almost every pair of notes', FALSE),
    (212441, 21244, 1, 'True', TRUE),
    (212442, 21244, 2, 'False', FALSE);

-- Lesson 2125
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21251, 2125, 1, 'SINGLE', 'Which section usually arrives late in a song and brings contrast, often with new chords?', 'The bridge is a contrasting section near the end of the song that refreshes the ear before a final chorus.'),
    (21252, 2125, 2, 'SINGLE', 'A piano and a guitar are both playing full chords in the same octave, and they blur together. What does the lesson suggest?', 'Parts blur when they crowd the same pitch range. Moving one up an octave, or giving it a simpler part, gives each instrument its own space.'),
    (21253, 2125, 3, 'MULTIPLE', 'Which moves fit the classic energy curve described in the lesson? Select all that apply.', 'A classic arrangement grows: a sparse first verse, a fuller second verse, contrast in the bridge, then everything in for the final chorus, often with an extra part such as backing vocals. Taking parts out is as powerful as adding them.'),
    (21254, 2125, 4, 'TRUE_FALSE', 'Each time a verse comes round, its words usually change while its tune stays the same.', 'Verses tell the story, so the words move on while the tune stays the same. The chorus usually keeps the same lyric each time.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (212511, 21251, 1, 'Verse', FALSE),
    (212512, 21251, 2, 'Pre-chorus', FALSE),
    (212513, 21251, 3, 'Bridge', TRUE),
    (212514, 21251, 4, 'Intro', FALSE),
    (212521, 21252, 1, 'Turn both up so they compete on equal terms', FALSE),
    (212522, 21252, 2, 'Add the same reverb to both so they blend', FALSE),
    (212523, 21252, 3, 'Move one part up an octave or give it a simpler part', TRUE),
    (212524, 21252, 4, 'Pan both to the centre so they line up', FALSE),
    (212531, 21253, 1, 'Keep every instrument playing from the first bar to the last', FALSE),
    (212532, 21253, 2, 'Give verse two a few more layers than verse one', TRUE),
    (212533, 21253, 3, 'Hold all the backing vocals back until the outro', FALSE),
    (212534, 21253, 4, 'Start the first verse sparse', TRUE),
    (212541, 21254, 1, 'True', TRUE),
    (212542, 21254, 2, 'False', FALSE);

-- Course 213: Overseeing recording and mixing

-- Lesson 2131
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21311, 2131, 1, 'SINGLE', 'Which kind of microphone needs 48 V phantom power from the preamp?', 'Condenser mics are sensitive and detailed, and they need 48-volt phantom power sent down the cable. Dynamic mics are rugged and need none.'),
    (21312, 2131, 2, 'SINGLE', 'What is the proximity effect?', 'Directional mics gain bass as the source moves closer, which is why a singer working very close sounds warmer, sometimes even boomy.'),
    (21313, 2131, 3, 'SINGLE', 'When you use several microphones, what does the 3:1 rule help you limit?', 'Keeping each mic at least three times as far from the others as it is from its own source limits phase problems when the mics are mixed together.'),
    (21314, 2131, 4, 'MULTIPLE', 'Which statements match the lesson''s advice on levels and placement? Select all that apply.', 'Clipping is permanent while a slightly low 24-bit recording is usable, and moving the mic is usually the best first fix. On a guitar amp the centre of the cone is the brighter spot, and a cardioid listens mainly to the front.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (213111, 21311, 1, 'Dynamic', FALSE),
    (213112, 21311, 2, 'Any cardioid mic', FALSE),
    (213113, 21311, 3, 'Condenser', TRUE),
    (213114, 21311, 4, 'Any mic used on a guitar amp', FALSE),
    (213121, 21312, 1, 'Omni mics reject sound arriving from behind', FALSE),
    (213122, 21312, 2, 'A mic distorts when it is placed near a speaker', FALSE),
    (213123, 21312, 3, 'Directional mics pick up more bass as the source gets closer', TRUE),
    (213124, 21312, 4, 'Mics pick up more room sound as they move closer', FALSE),
    (213131, 21313, 1, 'Phase problems between the mics', TRUE),
    (213132, 21313, 2, 'Clipping at the preamp', FALSE),
    (213133, 21313, 3, 'Hum picked up by the cables', FALSE),
    (213134, 21313, 4, 'Bursts of air on p and b sounds', FALSE),
    (213141, 21314, 1, 'Moving the mic is usually a better first fix than reaching for EQ', TRUE),
    (213142, 21314, 2, 'Aiming at the edge of a guitar speaker cone sounds brighter than the centre', FALSE),
    (213143, 21314, 3, 'Clipping cannot be undone, but a slightly low 24-bit recording is usable', TRUE),
    (213144, 21314, 4, 'A cardioid mic picks up equally from all directions', FALSE);

-- Lesson 2132
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21321, 2132, 1, 'SINGLE', 'A singer is struggling with pitch during a take. What simple fix does the lesson suggest trying?', 'A singer who cannot hear themselves, or a pitch reference, clearly will often drift. More of their own voice or a pitched instrument in the headphones usually helps.'),
    (21322, 2132, 2, 'SINGLE', 'What is comping?', 'Comping, short for compiling, means stacking takes and picking the best phrase from each to make one performance. Recording over a short section is called punching in.'),
    (21323, 2132, 3, 'MULTIPLE', 'Which habits does the lesson recommend while running takes? Select all that apply.', 'Notes against each take, loop recording or take lanes, and a steady pace all help. Take lanes exist precisely so earlier takes are kept rather than overwritten or thrown away.'),
    (21324, 2132, 4, 'TRUE_FALSE', 'Most producers avoid recording the warm-up, because early takes are rarely usable.', 'Many producers quietly record the warm-up, because early takes are sometimes the most natural.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (213211, 21321, 1, 'Punching in each line one at a time', FALSE),
    (213212, 21321, 2, 'Recording the part in shorter sections', FALSE),
    (213213, 21321, 3, 'More of their own voice in their headphones', TRUE),
    (213214, 21321, 4, 'A louder click track in their headphone mix', FALSE),
    (213221, 21322, 1, 'Recording over one short section while the rest plays back', FALSE),
    (213222, 21322, 2, 'Assembling one performance from the strongest sections of several takes', TRUE),
    (213223, 21322, 3, 'Compressing a vocal to even out its level', FALSE),
    (213224, 21322, 4, 'Recording a rough scratch part for others to follow', FALSE),
    (213231, 21323, 1, 'Write short notes against each take, with bar numbers or timeline positions', TRUE),
    (213232, 21323, 2, 'Use loop recording or take lanes so takes do not overwrite each other', TRUE),
    (213233, 21323, 3, 'Keep things moving between takes', TRUE),
    (213234, 21323, 4, 'Delete each weaker take straight away to keep the session tidy', FALSE),
    (213241, 21324, 1, 'True', FALSE),
    (213242, 21324, 2, 'False', TRUE);

-- Lesson 2133
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21331, 2133, 1, 'SINGLE', 'According to the lesson''s feedback pattern, how should you begin a note to a performer?', 'Opening with something specific that worked shows you are really listening and keeps the performer confident. Then ask for a single clear change.'),
    (21332, 2133, 2, 'SINGLE', 'A singer starts making mistakes on a part that was fine earlier and sounds hoarse. What does the lesson suggest?', 'These are signs of tiredness, and a tired voice rarely gives a keeper and can be strained. A short break, another song or an easier part often resets things.'),
    (21333, 2133, 3, 'MULTIPLE', 'Which steps does the lesson suggest for creating the right atmosphere? Select all that apply.', 'A calm, prepared room with few visitors helps people feel safe to perform. Keep the talkback off during private discussions unless you mean the artist to hear.'),
    (21334, 2133, 4, 'TRUE_FALSE', 'The lesson advises calling a take great to keep the artist confident, even when it is not.', 'Part of why artists hire a producer is for honest ears, and false praise wastes their time and money. Be truthful while making it clear you are on their side.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (213311, 21331, 1, 'With a full list of every mistake', FALSE),
    (213312, 21331, 2, 'With the technical cause of the problem', FALSE),
    (213313, 21331, 3, 'With a comparison to another singer', FALSE),
    (213314, 21331, 4, 'With something specific that worked', TRUE),
    (213321, 21332, 1, 'Take a break, or move to another song or an easier part', TRUE),
    (213322, 21332, 2, 'Tell the singer plainly that they are sharp', FALSE),
    (213323, 21332, 3, 'Keep going on the same part until it is perfect', FALSE),
    (213324, 21332, 4, 'Turn up the singer''s headphones and carry on', FALSE),
    (213331, 21333, 1, 'Have the lighting, temperature and water sorted before the singer walks in', TRUE),
    (213332, 21333, 2, 'Limit visitors during vocals', TRUE),
    (213333, 21333, 3, 'Leave the talkback on so the artist hears every comment', FALSE),
    (213334, 21333, 4, 'Invite friends in to give the session a party atmosphere', FALSE),
    (213341, 21334, 1, 'True', FALSE),
    (213342, 21334, 2, 'False', TRUE);

-- Lesson 2134
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21341, 2134, 1, 'SINGLE', 'A compressor is set to 4:1. A signal goes 4 dB over the threshold. How far over does it come out?', 'The ratio sets how hard the compressor pushes back. At 4:1, every 4 dB above the threshold comes out as just 1 dB above it.'),
    (21342, 2134, 2, 'SINGLE', 'Why would you put a high-pass filter on a vocal or a hi-hat?', 'A high-pass filter lets the higher frequencies through and removes the lows, clearing rumble from parts that do not need bass.'),
    (21343, 2134, 3, 'MULTIPLE', 'Which principles for using plugins does the lesson recommend? Select all that apply.', 'Knowing a few tools deeply, comparing at matched loudness and naming the problem a plugin solves keep you honest. Presets are useful, but only as starting points.'),
    (21344, 2134, 4, 'TRUE_FALSE', 'With EQ, cutting frequencies often works better than boosting them.', 'Removing what gets in the way, such as mud or rumble, usually cleans up a sound more naturally than boosting other ranges.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (213411, 21341, 1, '1 dB', TRUE),
    (213412, 21341, 2, '2 dB', FALSE),
    (213413, 21341, 3, '4 dB', FALSE),
    (213414, 21341, 4, '16 dB', FALSE),
    (213421, 21342, 1, 'To repeat the sound in time with the tempo', FALSE),
    (213422, 21342, 2, 'To turn down the loudest moments', FALSE),
    (213423, 21342, 3, 'To add sparkle above 10 kHz', FALSE),
    (213424, 21342, 4, 'To remove low rumble that the part does not need', TRUE),
    (213431, 21343, 1, 'Learn a handful of tools deeply', TRUE),
    (213432, 21343, 2, 'Be able to say what problem each plugin solves', TRUE),
    (213433, 21343, 3, 'Switch the effect in and out at matched loudness when judging it', TRUE),
    (213434, 21343, 4, 'Use presets exactly as they come, since they suit most tracks', FALSE),
    (213441, 21344, 1, 'True', TRUE),
    (213442, 21344, 2, 'False', FALSE);

-- Lesson 2135
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21351, 2135, 1, 'SINGLE', 'What is a static mix?', 'A static mix is a first balance made with faders and panning only, before any effects. It should already feel like the song.'),
    (21352, 2135, 2, 'SINGLE', 'Why does the lesson suggest checking a mix in mono?', 'Summing to mono reveals phase cancellation and parts that vanish, problems that stereo can hide.'),
    (21353, 2135, 3, 'MULTIPLE', 'You are preparing a mix for mastering. Which steps match the lesson''s advice? Select all that apply.', 'Mastering needs headroom, a 24-bit WAV at the session''s sample rate and no listening limiter on the master bus. Only fade out if the fade is part of the song, and leave a little silence at each end.'),
    (21354, 2135, 4, 'TRUE_FALSE', 'Good mix notes describe the result you want and leave the mixer to choose the technique.', 'Notes that are specific, time-stamped and about what you hear, gathered in one list, save revision rounds. The mixer then picks how to get there.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (213511, 21351, 1, 'An initial balance set with faders and pan alone', TRUE),
    (213512, 21351, 2, 'A mix that has been folded to mono', FALSE),
    (213513, 21351, 3, 'The final mix approved for mastering', FALSE),
    (213514, 21351, 4, 'A mix with every effect already applied', FALSE),
    (213521, 21352, 1, 'It removes the need for reference tracks', FALSE),
    (213522, 21352, 2, 'It shows whether the mix will translate to a car stereo', FALSE),
    (213523, 21352, 3, 'It makes the mix louder for mastering', FALSE),
    (213524, 21352, 4, 'It exposes phase problems and parts that disappear', TRUE),
    (213531, 21353, 1, 'Remove any limiter you added to the master bus just for listening', TRUE),
    (213532, 21353, 2, 'Export a 24-bit WAV at the session''s sample rate', TRUE),
    (213533, 21353, 3, 'Fade out every song so the mastering engineer has less to do', FALSE),
    (213534, 21353, 4, 'Leave headroom, with peaks somewhere around -6 to -3 dBFS', TRUE),
    (213541, 21354, 1, 'True', TRUE),
    (213542, 21354, 2, 'False', FALSE);

-- Course 214: Guiding artists and building a producer career

-- Lesson 2141
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21411, 2141, 1, 'SINGLE', 'Which of these is an open question?', 'An open question cannot be answered with a simple yes or no, so it draws out what the other person really thinks.'),
    (21412, 2141, 2, 'SINGLE', 'An artist asks for the mix to be warmer. What does the lesson suggest?', 'Vague words mean different things to different people: warmer might mean more low-mid body, less harsh treble or a slower tempo. Check what they mean, ideally by playing options.'),
    (21413, 2141, 3, 'MULTIPLE', 'Which approaches help handle a creative disagreement? Select all that apply.', 'Separating the person from the idea, trying both versions and agreeing who decides keep disagreements from turning into conflicts. Staying calm sets the tone for the room.'),
    (21414, 2141, 4, 'TRUE_FALSE', 'During a take, the lesson advises keeping your face neutral or encouraging and saving detailed critique for the gap between takes.', 'Performers keep an eye on the control room, and a badly timed frown can throw a singer in the middle of a line.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (214111, 21411, 1, 'Is the tempo okay for you?', FALSE),
    (214112, 21411, 2, 'Shall we try one more take now?', FALSE),
    (214113, 21411, 3, 'What do you love about this song?', TRUE),
    (214114, 21411, 4, 'Do you like the chorus as it is?', FALSE),
    (214121, 21412, 1, 'Ask what they mean, since warmer can mean several things', TRUE),
    (214122, 21412, 2, 'Slow the tempo, since that is what warmer means', FALSE),
    (214123, 21412, 3, 'Add low end until they say stop', FALSE),
    (214124, 21412, 4, 'Ignore it, since warmer is not a technical term', FALSE),
    (214131, 21413, 1, 'Record both options and listen back', TRUE),
    (214132, 21413, 2, 'Let whoever argues longest decide', FALSE),
    (214133, 21413, 3, 'Settle early on who has the final say', TRUE),
    (214134, 21413, 4, 'Criticise the idea, not the person playing it', TRUE),
    (214141, 21414, 1, 'True', TRUE),
    (214142, 21414, 2, 'False', FALSE);

-- Lesson 2142
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21421, 2142, 1, 'SINGLE', 'What are an artist''s reference tracks for?', 'References are a guide, not something to copy. They reveal the kind of tone, energy, space and vocal sound the artist likes, which makes talk about sound concrete.'),
    (21422, 2142, 2, 'SINGLE', 'An artist wants a song to feel raw and live. Which choice fits best?', 'Raw or live usually points to fewer overdubs, the band recorded together in one room, and little editing or tuning. Long reverbs and soft pads point more towards dreamy.'),
    (21423, 2142, 3, 'MULTIPLE', 'Which habits help keep a long project true to the artist''s vision? Select all that apply.', 'Long projects drift, so a written vision statement and regular checks against it keep everyone on course, with the same shared references throughout. The finished record should present the artist at their best rather than the producer''s own favourite sound.'),
    (21424, 2142, 4, 'TRUE_FALSE', 'Suggesting unexpected ideas is part of a producer''s job, as long as the idea serves the artist''s vision.', 'Artists hire producers for fresh ideas. Offer bold ones, explain how they connect to what the artist said, and let the artist decide.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (214211, 21421, 1, 'Replacing the need to talk with the artist about the songs', FALSE),
    (214212, 21421, 2, 'Showing the kind of tone, energy and vocal sound the artist likes', TRUE),
    (214213, 21421, 3, 'Giving the producer a song to copy as closely as possible', FALSE),
    (214214, 21421, 4, 'Setting the exact tempo for every song on the record', FALSE),
    (214221, 21422, 1, 'Stack extra layers in every chorus', FALSE),
    (214222, 21422, 2, 'Track the band live in one room with little editing', TRUE),
    (214223, 21422, 3, 'Edit and tune every note tightly to the grid', FALSE),
    (214224, 21422, 4, 'Add long reverbs, soft pads and breathy vocals', FALSE),
    (214231, 21423, 1, 'Agree a short written vision statement with the artist', TRUE),
    (214232, 21423, 2, 'Compare each stage with the vision, not only with the previous version', TRUE),
    (214233, 21423, 3, 'Move towards the producer''s favourite sound once recording starts', FALSE),
    (214234, 21423, 4, 'Swap in new reference tracks at each stage to keep things fresh', FALSE),
    (214241, 21424, 1, 'True', TRUE),
    (214242, 21424, 2, 'False', FALSE);

-- Lesson 2143
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21431, 2143, 1, 'SINGLE', 'On a recording session, who usually runs the technical side: mics, levels, routing and the DAW?', 'The recording engineer handles the technical side of the session. The mastering engineer comes in at the end to prepare the final release versions.'),
    (21432, 2143, 2, 'SINGLE', 'A producer says: I''d like the vocal more upfront and intimate. In a good working relationship, what happens next?', 'The producer names the result and the engineer decides the technique, such as moving the mic closer or changing the compression. Respecting each other''s expertise speeds sessions up.'),
    (21433, 2143, 3, 'MULTIPLE', 'Which habits keep a production team working well? Select all that apply.', 'Sharing the plan, agreeing fees and credits in writing and dealing with technical problems away from the artist all keep a team working well. Being clear about roles matters too, because leaving them open invites confusion.'),
    (21434, 2143, 4, 'TRUE_FALSE', 'Recording and mixing in a DAW is shared ground for producers and sound engineers.', 'Producers focus on the creative direction and engineers on technical quality, but both record and mix in a DAW.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (214311, 21431, 1, 'The recording engineer', TRUE),
    (214312, 21431, 2, 'The mastering engineer', FALSE),
    (214313, 21431, 3, 'The session musician', FALSE),
    (214314, 21431, 4, 'The artist''s manager', FALSE),
    (214321, 21432, 1, 'The request is held back until the mastering stage', FALSE),
    (214322, 21432, 2, 'The engineer chooses how to get there, for example a closer mic', TRUE),
    (214323, 21432, 3, 'The producer dictates the exact compressor settings to use', FALSE),
    (214324, 21432, 4, 'The artist is asked to sing louder on every take', FALSE),
    (214331, 21433, 1, 'Deal with technical faults quietly with the engineer, away from the artist', TRUE),
    (214332, 21433, 2, 'Settle fees and credits in writing before work starts', TRUE),
    (214333, 21433, 3, 'Leave roles open so everyone can weigh in on every decision', FALSE),
    (214334, 21433, 4, 'Send song lists, schedules and references before the sessions', TRUE),
    (214341, 21434, 1, 'True', TRUE),
    (214342, 21434, 2, 'False', FALSE);

-- Lesson 2144
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21441, 2144, 1, 'SINGLE', 'Why does an extremely loud master no longer play back louder than everything else on many streaming services?', 'This is loudness normalisation: the service lowers loud tracks so that songs come out at similar levels.'),
    (21442, 2144, 2, 'SINGLE', 'What does the lesson say about buying a new plugin to rescue a song?', 'Beware of gear lust: new tools seldom fix weak writing or arranging. Only add a tool when you can say what it will do for you.'),
    (21443, 2144, 3, 'MULTIPLE', 'Which activities are part of the simple routine in the lesson? Select all that apply.', 'The routine is weekly listening with one track studied closely, monthly learning of one DAW feature or tool, and an occasional track outside your usual style. Buying or switching tools is not part of it.'),
    (21444, 2144, 4, 'TRUE_FALSE', 'Staying current means copying whatever sound is popular at the moment.', 'Staying current means knowing what is out there so your choices are deliberate, not copying whatever is in fashion.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (214411, 21441, 1, 'The services play every song in mono', FALSE),
    (214412, 21441, 2, 'The services turn loud tracks down to a similar level', TRUE),
    (214413, 21441, 3, 'The services refuse masters that are too loud', FALSE),
    (214414, 21441, 4, 'The services cut off any peaks above 0 dBFS', FALSE),
    (214421, 21442, 1, 'It will seldom rescue a weak song or arrangement', TRUE),
    (214422, 21442, 2, 'Plugins only matter at the mastering stage', FALSE),
    (214423, 21442, 3, 'It is the quickest way to rescue a weak song', FALSE),
    (214424, 21442, 4, 'A producer should buy one every month to stay current', FALSE),
    (214431, 21443, 1, 'Monthly: buy at least one new plugin to stay current', FALSE),
    (214432, 21443, 2, 'Weekly: switch to whichever DAW is newest', FALSE),
    (214433, 21443, 3, 'Every few months: make a track outside your usual style', TRUE),
    (214434, 21443, 4, 'Weekly: hear new releases and study one track closely', TRUE),
    (214441, 21444, 1, 'True', FALSE),
    (214442, 21444, 2, 'False', TRUE);

-- Lesson 2145
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (21451, 2145, 1, 'SINGLE', 'Which setting means fitting music to finished video, following a director''s brief and meeting tight deadlines?', 'Producing for film and TV means fitting music to finished video and to a director''s brief, often alongside composers and music supervisors.'),
    (21452, 2145, 2, 'SINGLE', 'According to the lesson, how does a producer''s reputation mainly grow?', 'Reputation builds through finished work and word of mouth, because a lot of work comes from people who liked working with you last time.'),
    (21453, 2145, 3, 'MULTIPLE', 'Which common first steps into production does the lesson name? Select all that apply.', 'Producing your own music, working with friends and local artists, and assisting in a studio all build experience, credits and contacts. Courses help too but do not replace real projects.'),
    (21454, 2145, 4, 'TRUE_FALSE', 'The pay figures on the track page should be treated as a rough snapshot, not a promise.', 'Earnings differ a lot depending on experience, reputation, location and the type of work, so the reported figures are only a rough guide.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (214511, 21451, 1, 'Assisting in a recording studio', FALSE),
    (214512, 21451, 2, 'Film and television soundtracks', TRUE),
    (214513, 21451, 3, 'Record labels', FALSE),
    (214514, 21451, 4, 'Producing your own music at home', FALSE),
    (214521, 21452, 1, 'Through finished work and word of mouth', TRUE),
    (214522, 21452, 2, 'Through formal qualifications alone', FALSE),
    (214523, 21452, 3, 'Through a long list of plugins mastered', FALSE),
    (214524, 21452, 4, 'Through owning expensive equipment', FALSE),
    (214531, 21453, 1, 'Producing for friends and local artists', TRUE),
    (214532, 21453, 2, 'Assisting in a studio', TRUE),
    (214533, 21453, 3, 'Waiting for a label staff job before producing anything', FALSE),
    (214534, 21453, 4, 'Producing your own music to build a portfolio', TRUE),
    (214541, 21454, 1, 'True', TRUE),
    (214542, 21454, 2, 'False', FALSE);

-- Course 221: Setting up and running audio equipment

-- Lesson 2211
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22111, 2211, 1, 'SINGLE', 'Which microphone type is tough, needs no power and is used for most stage vocals?', 'Dynamic mics move a coil inside a magnet, so they need no power and cope with very loud sources, which makes them the usual choice for vocals on stage.'),
    (22112, 2211, 2, 'SINGLE', 'Why should you check before pressing the 48V button with a ribbon mic connected?', 'Many ribbon mics are fragile, and 48 V arriving through a faulty cable can ruin an older one.'),
    (22113, 2211, 3, 'MULTIPLE', 'Which polar patterns show the proximity effect? Select all that apply.', 'Directional patterns, meaning cardioid, supercardioid and figure-8, build up bass when the source is close. Omni mics show hardly any.'),
    (22114, 2211, 4, 'TRUE_FALSE', 'Before plugging or unplugging a condenser mic, switch phantom power off and pull the fader down.', 'Doing it in that order stops a loud pop from reaching the speakers.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (221111, 22111, 1, 'Dynamic', TRUE),
    (221112, 22111, 2, 'Condenser', FALSE),
    (221113, 22111, 3, 'Ribbon', FALSE),
    (221114, 22111, 4, 'Small clip-on omni', FALSE),
    (221121, 22112, 1, 'Ribbon mics need a higher voltage than 48 V', FALSE),
    (221122, 22112, 2, 'Phantom power makes a ribbon hear only from the rear', FALSE),
    (221123, 22112, 3, 'Phantom power doubles the ribbon''s output and causes clipping', FALSE),
    (221124, 22112, 4, 'Through a faulty cable, phantom power can harm an older ribbon', TRUE),
    (221131, 22113, 1, 'Cardioid', TRUE),
    (221132, 22113, 2, 'Supercardioid', TRUE),
    (221133, 22113, 3, 'Figure-8', TRUE),
    (221134, 22113, 4, 'Omnidirectional', FALSE),
    (221141, 22114, 1, 'True', TRUE),
    (221142, 22114, 2, 'False', FALSE);

-- Lesson 2212
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22121, 2212, 1, 'SINGLE', 'How can you tell a TRS jack from a TS jack?', 'Count the black insulating rings on the plug: one ring means TS (tip and sleeve), two rings mean TRS (tip, ring and sleeve).'),
    (22122, 2212, 2, 'SINGLE', 'What does a DI box do?', 'A DI box changes an unbalanced instrument or line feed into a balanced mic-level signal, so a bass or keyboard can travel down an ordinary mic cable.'),
    (22123, 2212, 3, 'MULTIPLE', 'Which connectors does the lesson describe as carrying unbalanced signals? Select all that apply.', 'The TS jack carries unbalanced signals such as guitars, and RCA is always unbalanced. XLR and TRS line connections are the balanced ones.'),
    (22124, 2212, 4, 'TRUE_FALSE', 'An instrument cable is fine for connecting a power amplifier to a passive speaker.', 'An amplifier''s high-power output belongs on proper speaker cable and connectors such as Speakon, never on an instrument lead.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (221211, 22121, 1, 'A TRS plug is always longer than a TS plug', FALSE),
    (221212, 22121, 2, 'A TRS plug has two black rings; a TS plug has one', TRUE),
    (221213, 22121, 3, 'A TRS plug has three pins like an XLR', FALSE),
    (221214, 22121, 4, 'A TS plug has a locking latch', FALSE),
    (221221, 22122, 1, 'Turns analogue audio into digital audio for the DAW', FALSE),
    (221222, 22122, 2, 'Boosts a mic signal all the way up to speaker level', FALSE),
    (221223, 22122, 3, 'Turns an unbalanced instrument signal into a balanced mic-level one', TRUE),
    (221224, 22122, 4, 'Splits one amplifier''s output between two passive speakers', FALSE),
    (221231, 22123, 1, 'An RCA (phono) plug', TRUE),
    (221232, 22123, 2, 'An XLR connector', FALSE),
    (221233, 22123, 3, 'A TRS jack on balanced line gear', FALSE),
    (221234, 22123, 4, 'A TS quarter-inch jack', TRUE),
    (221241, 22124, 1, 'True', FALSE),
    (221242, 22124, 2, 'False', TRUE);

-- Lesson 2213
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22131, 2213, 1, 'SINGLE', 'Which control does the lesson call the most important on the channel strip?', 'Gain sets how much the preamp amplifies the incoming signal. If it is wrong, nothing after it on the strip works well.'),
    (22132, 2213, 2, 'SINGLE', 'How does the lesson suggest setting a channel''s gain?', 'Listen on PFL while the performer plays at full performance volume, and set the gain so the meter sits around nominal with peaks clear of the red. Musicians often play quietly during checks, so ask for the loudest part.'),
    (22133, 2213, 3, 'MULTIPLE', 'Which statements about buses and groups are correct? Select all that apply.', 'The main bus carries the mix to the PA or recorder, groups let one fader move several channels, and VCAs or DCAs do that without re-routing audio. Solo only affects your headphones and meters.'),
    (22134, 2213, 4, 'TRUE_FALSE', 'A pre-fader aux send follows the channel fader, which makes it the natural choice for reverb.', 'Pre-fader sends ignore the channel fader and suit monitor mixes. Post-fader sends follow the fader, which is why they suit effects such as reverb.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (221311, 22131, 1, 'Gain (trim)', TRUE),
    (221312, 22131, 2, 'Pan', FALSE),
    (221313, 22131, 3, 'The channel fader', FALSE),
    (221314, 22131, 4, 'The mid EQ band', FALSE),
    (221321, 22132, 1, 'Engage PFL, ask for full performance volume, and set the meter around nominal', TRUE),
    (221322, 22132, 2, 'Push the fader to the top, then raise the gain until it sounds loud enough', FALSE),
    (221323, 22132, 3, 'Use AFL so the fader position is included in the reading', FALSE),
    (221324, 22132, 4, 'Set it during a quiet warm-up so the performer is not startled', FALSE),
    (221331, 22133, 1, 'The main left-right bus sends the mix to the PA or recorder', TRUE),
    (221332, 22133, 2, 'Pressing solo changes what the audience hears', FALSE),
    (221333, 22133, 3, 'VCA or DCA faders control several channels without re-routing audio', TRUE),
    (221334, 22133, 4, 'One group fader can control several channels, such as all the drums', TRUE),
    (221341, 22134, 1, 'True', FALSE),
    (221342, 22134, 2, 'False', TRUE);

-- Lesson 2214
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22141, 2214, 1, 'SINGLE', 'What is the power rule for switching a sound system on and off?', 'Switching amplifiers on last and off first keeps the thump from mixers and processors powering up or down from reaching the speakers.'),
    (22142, 2214, 2, 'SINGLE', 'In open space, what happens to level each time you double your distance from a speaker?', 'By the inverse-square law, each doubling of distance costs about 6 dB. So listeners at the front can hear a much higher level than those at the back.'),
    (22143, 2214, 3, 'MULTIPLE', 'Which placement choices for the main PA speakers does the lesson recommend? Select all that apply.', 'Mains slightly in front of the stage line keep the vocal mics behind them, raised high-frequency drivers clear the audience''s bodies, and aiming at people rather than walls keeps the sound clear.'),
    (22144, 2214, 4, 'TRUE_FALSE', 'Thin foam panels are an effective way to soundproof a room so the neighbours cannot hear you.', 'Foam calms harsh treble but hardly touches bass. Keeping sound in or out needs mass and airtight construction, which is a different job.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (221411, 22141, 1, 'Mixer on last, off first', FALSE),
    (221412, 22141, 2, 'Everything on and off together from one switch', FALSE),
    (221413, 22141, 3, 'Amplifiers on first, off last', FALSE),
    (221414, 22141, 4, 'Amplifiers on last, off first', TRUE),
    (221421, 22142, 1, 'It drops by about 1 dB', FALSE),
    (221422, 22142, 2, 'It drops by about 3 dB', FALSE),
    (221423, 22142, 3, 'It drops by about 6 dB', TRUE),
    (221424, 22142, 4, 'It drops by about 12 dB', FALSE),
    (221431, 22143, 1, 'Set behind the vocal mics, facing the performers', FALSE),
    (221432, 22143, 2, 'High-frequency drivers raised above head height', TRUE),
    (221433, 22143, 3, 'A little forward of the stage edge, with the vocal mics behind them', TRUE),
    (221434, 22143, 4, 'Aimed at the audience rather than at bare walls or the ceiling', TRUE),
    (221441, 22144, 1, 'True', FALSE),
    (221442, 22144, 2, 'False', TRUE);

-- Lesson 2215
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22151, 2215, 1, 'SINGLE', 'What is pink noise?', 'Pink noise is a waterfall-like hiss with equal energy in every octave. Sent through speakers, it helps you match their levels and spot faults.'),
    (22152, 2215, 2, 'SINGLE', 'Many studios align the analogue nominal level to roughly which digital level?', '0 dBFS is the absolute ceiling, so lining up the nominal level around -18 to -20 dBFS leaves plenty of headroom for peaks.'),
    (22153, 2215, 3, 'MULTIPLE', 'Which maintenance habits does the lesson recommend? Select all that apply.', 'Letting condensation evaporate and keeping updates well away from show time protect your gear. Contact cleaner goes on only with the power off, and a crackling cable should be repaired or thrown out.'),
    (22154, 2215, 4, 'TRUE_FALSE', 'If one speaker in a live rig is quieter than its partner, the stereo image shifts to one side.', 'Uneven speakers shift the image towards the louder side, which is one reason calibration matters: it gives everyone a shared reference.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (221511, 22151, 1, 'Hum at the mains frequency', FALSE),
    (221512, 22151, 2, 'A steady 1 kHz tone used to line up levels', FALSE),
    (221513, 22151, 3, 'Test noise with equal energy in every octave', TRUE),
    (221514, 22151, 4, 'The background noise of a digital recorder', FALSE),
    (221521, 22152, 1, '0 to -1 dBFS', FALSE),
    (221522, 22152, 2, '-6 to -8 dBFS', FALSE),
    (221523, 22152, 3, '-18 to -20 dBFS', TRUE),
    (221524, 22152, 4, '-50 to -60 dBFS', FALSE),
    (221531, 22153, 1, 'Keep crackling cables in the box as emergency spares', FALSE),
    (221532, 22153, 2, 'Spray contact cleaner into noisy controls while the gear is running', FALSE),
    (221533, 22153, 3, 'Let gear warm up after carrying it in from the cold, before powering it', TRUE),
    (221534, 22153, 4, 'Do firmware updates between gigs, not just before a show', TRUE),
    (221541, 22154, 1, 'True', TRUE),
    (221542, 22154, 2, 'False', FALSE);

-- Course 222: Live sound reinforcement

-- Lesson 2221
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22211, 2221, 1, 'SINGLE', 'Why is the front-of-house console placed out in the audience area?', 'Mixing from inside the audience area means the engineer judges the sound from where people are actually listening.'),
    (22212, 2221, 2, 'SINGLE', 'On a live crew, whose job is it to rig, point and tune the PA for the room?', 'The system technician looks after the PA itself. The FOH engineer mixes for the audience, the monitor engineer for the performers, and the stage technician handles mics and cables on stage.'),
    (22213, 2221, 3, 'SINGLE', 'Listeners at the front are 2 m from the speakers and those at the back are 16 m away. Roughly how much quieter is it at the back?', '2 to 4 m, 4 to 8 m and 8 to 16 m are three doublings of distance, and each costs about 6 dB, so the back row gets roughly 18 dB less.'),
    (22214, 2221, 4, 'MULTIPLE', 'Which jobs does the system processing stage handle? Select all that apply.', 'System processing, in a speaker processor or the console''s outputs, covers the crossover, time alignment, room EQ and limiters that protect the drivers. Monitor mixes come from aux sends, and channel gain is set at the console''s inputs.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (222111, 22211, 1, 'So the engineer hears about what the audience hears', TRUE),
    (222112, 22211, 2, 'So it sits closer to the amplifiers and speakers', FALSE),
    (222113, 22211, 3, 'So the snake from the stage can be kept short', FALSE),
    (222114, 22211, 4, 'So the performers can see the meters from the stage', FALSE),
    (222121, 22212, 1, 'The system technician', TRUE),
    (222122, 22212, 2, 'The monitor engineer', FALSE),
    (222123, 22212, 3, 'The stage technician', FALSE),
    (222124, 22212, 4, 'The FOH engineer', FALSE),
    (222131, 22213, 1, 'About 6 dB', FALSE),
    (222132, 22213, 2, 'About 12 dB', FALSE),
    (222133, 22213, 3, 'About 18 dB', TRUE),
    (222134, 22213, 4, 'About 48 dB', FALSE),
    (222141, 22214, 1, 'Time alignment between speakers', TRUE),
    (222142, 22214, 2, 'Setting each input channel''s preamp gain', FALSE),
    (222143, 22214, 3, 'Mixing the monitor feeds for the performers', FALSE),
    (222144, 22214, 4, 'The crossover', TRUE);

-- Lesson 2222
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22221, 2222, 1, 'SINGLE', 'What is a stage plot?', 'The stage plot is a sketch showing where performers stand, where monitors go and where power is needed. The numbered channel list is the input list.'),
    (22222, 2222, 2, 'SINGLE', 'In the common soundcheck order, what is checked first?', 'Soundcheck builds from the foundation up: drums first, then bass, guitars and keys, vocals, and finally the whole band.'),
    (22223, 2222, 3, 'MULTIPLE', 'For each source at soundcheck, which steps come before bringing up the fader? Select all that apply.', 'Ask for show-level playing, set the gain on PFL, engage the high-pass filter where there is no useful low end and make rough EQ moves; only then bring up the fader. Loud wedges spill into every mic and raise the feedback risk.'),
    (22224, 2222, 4, 'TRUE_FALSE', 'A line check means confirming that every input and output works before the band plays.', 'Scratching or speaking into each mic and checking the DIs, wedges and talkback finds a dead cable while the stage is quiet and nobody is waiting.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (222211, 22221, 1, 'The running order of songs in the set', FALSE),
    (222212, 22221, 2, 'A note of the venue''s noise limits and curfew', FALSE),
    (222213, 22221, 3, 'A sketch of positions on stage, monitors and power', TRUE),
    (222214, 22221, 4, 'A numbered list of every input and its source', FALSE),
    (222221, 22222, 1, 'Drums', TRUE),
    (222222, 22222, 2, 'Lead vocal', FALSE),
    (222223, 22222, 3, 'The whole band playing a song', FALSE),
    (222224, 22222, 4, 'Guitars and keyboards', FALSE),
    (222231, 22223, 1, 'Set the gain using PFL', TRUE),
    (222232, 22223, 2, 'Turn the monitor wedges up as loud as they will go', FALSE),
    (222233, 22223, 3, 'Switch in the high-pass filter if the source has no useful lows', TRUE),
    (222234, 22223, 4, 'Ask for the full volume the musician will use in the show', TRUE),
    (222241, 22224, 1, 'True', TRUE),
    (222242, 22224, 2, 'False', FALSE);

-- Lesson 2223
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22231, 2223, 1, 'SINGLE', 'What causes feedback?', 'Feedback is a loop: the mic picks up its own sound from a speaker, and when the gain around the loop reaches unity at some frequency, that frequency rings and then howls.'),
    (22232, 2223, 2, 'SINGLE', 'A singer uses a supercardioid mic. Where do the wedges work best?', 'A supercardioid is least sensitive about 125 degrees off-axis on each side, so a pair of wedges coming in from the sides works well. A cardioid is deafest directly behind.'),
    (22233, 2223, 3, 'MULTIPLE', 'Which steps help prevent feedback? Select all that apply.', 'Close miking needs less gain, muting unused mics closes extra loops, and keeping the mains in front of the mics keeps speakers out of their pickup. Extra gain makes feedback more likely.'),
    (22234, 2223, 4, 'TRUE_FALSE', 'When ringing out monitors, you should keep adding narrow cuts until the wedge can be turned up as far as it will go.', 'Stop after a handful of cuts, because too many make the wedge sound thin and lifeless.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (222311, 22231, 1, 'A sample rate mismatch between two digital devices', FALSE),
    (222312, 22231, 2, 'A mic hearing its own sound from a speaker, looping back', TRUE),
    (222313, 22231, 3, 'A broken cable shorting to ground somewhere on stage', FALSE),
    (222314, 22231, 4, 'Phantom power switched on for a dynamic vocal mic', FALSE),
    (222321, 22232, 1, 'One wedge placed directly in front of the mic, facing the singer', FALSE),
    (222322, 22232, 2, 'One wedge off to one side, at 90 degrees off-axis', FALSE),
    (222323, 22232, 3, 'One wedge placed directly behind the mic, at 180 degrees', FALSE),
    (222324, 22232, 4, 'Two wedges angled in from the sides, about 125 degrees off-axis', TRUE),
    (222331, 22233, 1, 'Add gain so the singer can stand further back', FALSE),
    (222332, 22233, 2, 'Mute any mic nobody is using', TRUE),
    (222333, 22233, 3, 'Encourage the singer to work close to the mic', TRUE),
    (222334, 22233, 4, 'Keep the main speakers in front of the mics', TRUE),
    (222341, 22234, 1, 'True', FALSE),
    (222342, 22234, 2, 'False', TRUE);

-- Lesson 2224
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22241, 2224, 1, 'SINGLE', 'In a small venue where the drums and guitar amps are already loud, what does the PA usually do?', 'No fader can turn down sound coming straight off the stage, so the PA tops up what is missing, usually vocals, keys and some kick, instead of reproducing everything.'),
    (22242, 2224, 2, 'SINGLE', 'Consonants, which help words cut through, live roughly in which range?', 'Consonants sit around 2 to 5 kHz, so a small boost there helps words cut through; overdo it and the vocal turns harsh.'),
    (22243, 2224, 3, 'MULTIPLE', 'Which live-mixing habits does the lesson recommend? Select all that apply.', 'High-passing clears room for kick and bass, and cutting clashes works better than boosting. Effects should be used sparingly, because the room already adds its own reverb.'),
    (22244, 2224, 4, 'TRUE_FALSE', 'An empty room sounds the same as a full one, so the soundcheck mix needs no changes once the audience arrives.', 'An audience soaks up sound, above all the highs, and shortens the reverb, so plan to adjust the mix once the room fills.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (222411, 22241, 1, 'Stay switched off until the band plays quietly', FALSE),
    (222412, 22241, 2, 'Fill in what is missing, often vocals, keys and some kick', TRUE),
    (222413, 22241, 3, 'Carry only the drums', FALSE),
    (222414, 22241, 4, 'Reproduce every instrument at full level', FALSE),
    (222421, 22242, 1, '80 to 120 Hz', FALSE),
    (222422, 22242, 2, '200 to 400 Hz', FALSE),
    (222423, 22242, 3, '2 to 5 kHz', TRUE),
    (222424, 22242, 4, '10 to 20 kHz', FALSE),
    (222431, 22243, 1, 'Boost the low end of the vocal for extra warmth', FALSE),
    (222432, 22243, 2, 'High-pass any source that has no need for deep lows', TRUE),
    (222433, 22243, 3, 'Add generous reverb to every channel to fill the room', FALSE),
    (222434, 22243, 4, 'Cut before you boost', TRUE),
    (222441, 22244, 1, 'True', FALSE),
    (222442, 22244, 2, 'False', TRUE);

-- Lesson 2225
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22251, 2225, 1, 'SINGLE', 'What does advancing a show mean?', 'Advancing means getting in touch with the artist or tour manager before the day to settle needs, substitutions and the schedule, so there are no surprises.'),
    (22252, 2225, 2, 'SINGLE', 'Mid-set, a singer points at their wedge and then points up. What should you do?', 'Pointing at the wedge and then up is a request for more in it. Always acknowledge requests so the performer knows you saw them.'),
    (22253, 2225, 3, 'MULTIPLE', 'What does a band''s technical rider often contain? Select all that apply.', 'A rider sets out what the band needs technically, from inputs and stage layout to monitors, favourite mics and backline. You check it against the venue''s gear and reply early with substitutions.'),
    (22254, 2225, 4, 'TRUE_FALSE', 'Where you can, run audio gear on different power circuits from the lighting dimmers.', 'Lighting dimmers can put an audible buzz into the sound system, so separate circuits help keep the audio clean.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (222511, 22251, 1, 'Packing up the gear before the encore to save time', FALSE),
    (222512, 22251, 2, 'Agreeing needs and timings with the artist beforehand', TRUE),
    (222513, 22251, 3, 'Moving the show to an earlier start time than planned', FALSE),
    (222514, 22251, 4, 'Turning the monitors up during the set when asked', FALSE),
    (222521, 22252, 1, 'Raise their vocal in the FOH mix instead', FALSE),
    (222522, 22252, 2, 'Wait until after the show to ask what they meant', FALSE),
    (222523, 22252, 3, 'Turn that wedge down, since pointing up means too loud', FALSE),
    (222524, 22252, 4, 'Nod or give a thumbs up, then add more to that wedge', TRUE),
    (222531, 22253, 1, 'The FOH engineer''s saved EQ settings from other venues', FALSE),
    (222532, 22253, 2, 'A stage plot', TRUE),
    (222533, 22253, 3, 'Monitor needs and preferred mics', TRUE),
    (222534, 22253, 4, 'An input list', TRUE),
    (222541, 22254, 1, 'True', TRUE),
    (222542, 22254, 2, 'False', FALSE);

-- Course 223: Recording, editing and post-production

-- Lesson 2231
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22311, 2231, 1, 'SINGLE', 'Where does the lesson suggest aiming a mic on an acoustic guitar?', 'Aim roughly where the neck meets the body, about 20 to 30 cm away. Pointing straight into the sound hole tends to sound boomy.'),
    (22312, 2231, 2, 'SINGLE', 'Two singers are each 20 cm from their own mic. Under the 3:1 rule, how far apart should the two mics be?', 'The gap between the mics should be at least three times each mic''s distance to its source: 3 x 20 cm = 60 cm.'),
    (22313, 2231, 3, 'MULTIPLE', 'Which statements about simple stereo techniques are correct? Select all that apply.', 'XY puts two cardioid capsules together at about 90 degrees and is very mono-safe, while a spaced pair is wide and airy but less safe in mono. ORTF uses two cardioids 17 cm apart, angled 110 degrees.'),
    (22314, 2231, 4, 'TRUE_FALSE', 'In an untreated room, hanging a thick duvet behind the singer helps, because sound bouncing off that wall arrives at the front of the mic.', 'The mic faces the singer, so reflections off the wall behind them arrive straight at the front of the mic. Soft material there reduces them.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (223111, 22311, 1, 'At the floor just in front of the player', FALSE),
    (223112, 22311, 2, 'Straight into the sound hole, very close', FALSE),
    (223113, 22311, 3, 'At the headstock, about a metre away', FALSE),
    (223114, 22311, 4, 'Where the neck joins the body, 20 to 30 cm away', TRUE),
    (223121, 22312, 1, 'At least 20 cm', FALSE),
    (223122, 22312, 2, 'At least 40 cm', FALSE),
    (223123, 22312, 3, 'At least 60 cm', TRUE),
    (223124, 22312, 4, 'At least 3 m', FALSE),
    (223131, 22313, 1, 'XY places two cardioid capsules as close together as possible, about 90 degrees apart', TRUE),
    (223132, 22313, 2, 'ORTF uses two omni mics several metres apart', FALSE),
    (223133, 22313, 3, 'A spaced pair sounds wide and airy but is more prone to phase problems in mono', TRUE),
    (223134, 22313, 4, 'XY is the technique most likely to cause problems in mono', FALSE),
    (223141, 22314, 1, 'True', TRUE),
    (223142, 22314, 2, 'False', FALSE);

-- Lesson 2232
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22321, 2232, 1, 'SINGLE', 'A musician hears a delay in their headphones while recording. What does the lesson suggest?', 'Small buffers keep latency low for performers, while large ones suit mixing with many plugins. The interface''s direct monitoring switch avoids the computer''s delay altogether.'),
    (22322, 2232, 2, 'SINGLE', 'Which file format should you record to?', 'Recordings should be uncompressed WAV or AIFF files; MP3 is a compressed format and the lesson rules it out.'),
    (22323, 2232, 3, 'MULTIPLE', 'Which habits does the lesson recommend once recording starts? Select all that apply.', 'Arm only the tracks you mean to record, keep every take, and back up at the end of each day. The producer may want an earlier take, so do not delete them.'),
    (22324, 2232, 4, 'TRUE_FALSE', 'Recording at 24-bit means you should record as close to the top of the meter as possible.', 'At 24-bit the noise floor is very low, so there is no need to record near the top; an average near -18 dBFS, peaking no higher than about -6 dBFS, is plenty.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (223211, 22321, 1, 'Raise the buffer to 1024 samples', FALSE),
    (223212, 22321, 2, 'Lower the buffer or use direct monitoring', TRUE),
    (223213, 22321, 3, 'Change the sample rate mid-project', FALSE),
    (223214, 22321, 4, 'Record to MP3 to ease the load', FALSE),
    (223221, 22322, 1, 'MP3', FALSE),
    (223222, 22322, 2, 'MIDI', FALSE),
    (223223, 22322, 3, 'Uncompressed WAV or AIFF', TRUE),
    (223224, 22322, 4, 'Whichever format uses the least disk space', FALSE),
    (223231, 22323, 1, 'Keep every take in playlists or take lanes instead of deleting', TRUE),
    (223232, 22323, 2, 'Back up to a second drive each evening', TRUE),
    (223233, 22323, 3, 'Arm only the tracks you intend to record', TRUE),
    (223234, 22323, 4, 'Delete weaker takes straight away to keep the session tidy', FALSE),
    (223241, 22324, 1, 'True', FALSE),
    (223242, 22324, 2, 'False', TRUE);

-- Lesson 2233
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22331, 2233, 1, 'SINGLE', 'Why add a short crossfade at every edit?', 'A cut made mid-waveform, not at a zero crossing, produces an audible click. A crossfade of a few milliseconds smooths the join.'),
    (22332, 2233, 2, 'SINGLE', 'What is the common fix for harsh s sounds (sibilance)?', 'A de-esser targets harsh s sounds. Notch filters deal with hum, and gates deal with spill in quiet gaps.'),
    (22333, 2233, 3, 'MULTIPLE', 'Which editing practices does the lesson recommend? Select all that apply.', 'Cuts hide best in a gap or before a strong attack, breaths sound natural when turned down rather than removed, and room tone lets editors fill gaps smoothly. Snapping every note to the grid can drain the life from a performance.'),
    (22334, 2233, 4, 'TRUE_FALSE', 'In non-destructive editing, cutting a region changes the original audio file.', 'The source file is left alone and the DAW just changes which parts play, so a region can always be restored. Still keep a backup of the raw recordings.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (223311, 22331, 1, 'It makes the edit louder so it is easier to find later', FALSE),
    (223312, 22331, 2, 'It converts the region to the session''s sample rate', FALSE),
    (223313, 22331, 3, 'It removes mains hum at 50 or 60 Hz from the join', FALSE),
    (223314, 22331, 4, 'Cuts made mid-waveform can click, and a crossfade hides it', TRUE),
    (223321, 22332, 1, 'A narrow notch filter at 50 Hz', FALSE),
    (223322, 22332, 2, 'A noise gate', FALSE),
    (223323, 22332, 3, 'A de-esser', TRUE),
    (223324, 22332, 4, 'Clip gain on the breaths', FALSE),
    (223331, 22333, 1, 'Capture 20 to 30 seconds of room tone each session', TRUE),
    (223332, 22333, 2, 'Place cuts in gaps or right before a strong attack', TRUE),
    (223333, 22333, 3, 'Turn breaths down with clip gain rather than cutting them to silence', TRUE),
    (223334, 22333, 4, 'Snap every note exactly to the grid', FALSE),
    (223341, 22334, 1, 'True', FALSE),
    (223342, 22334, 2, 'False', TRUE);

-- Lesson 2234
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22341, 2234, 1, 'SINGLE', 'On a compressor, what does a slower attack do to a drum hit?', 'Attack is how fast the compressor reacts. A slower attack lets the first hit through before the compressor clamps down, which keeps punch.'),
    (22342, 2234, 2, 'SINGLE', 'In a static mix, which parts does the lesson suggest keeping in the centre?', 'The core of the song, kick, bass, snare and lead vocal, stays in the centre, while guitars, keys and backing vocals spread to the sides.'),
    (22343, 2234, 3, 'MULTIPLE', 'Which EQ habits does the lesson recommend? Select all that apply.', 'High-passing parts that need no deep lows, cutting narrow and boosting wide, and fixing masking by cutting one part where the other shines keep a mix clear. Boosting everything in one range just recreates the fight.'),
    (22344, 2234, 4, 'TRUE_FALSE', 'A high-pass filter on the reverb return helps keep the low end of the mix clean.', 'Reverb on low frequencies can muddy the bottom of the mix, so filtering the shared reverb return keeps it clear.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (223411, 22341, 1, 'It removes the first hit entirely', FALSE),
    (223412, 22341, 2, 'It lets the first hit through, keeping punch', TRUE),
    (223413, 22341, 3, 'It raises the compressor''s threshold', FALSE),
    (223414, 22341, 4, 'It makes the compressor let go sooner', FALSE),
    (223421, 22342, 1, 'Guitars, keys and backing vocals', FALSE),
    (223422, 22342, 2, 'Kick, bass, snare and lead vocal', TRUE),
    (223423, 22342, 3, 'Hi-hat and overheads', FALSE),
    (223424, 22342, 4, 'Reverb and delay returns', FALSE),
    (223431, 22343, 1, 'When two parts clash, trim one where the other needs space', TRUE),
    (223432, 22343, 2, 'High-pass anything that does not need deep lows', TRUE),
    (223433, 22343, 3, 'Cut with narrow bands and boost with wide ones', TRUE),
    (223434, 22343, 4, 'Boost every instrument at 2 to 5 kHz so they all cut through', FALSE),
    (223441, 22344, 1, 'True', TRUE),
    (223442, 22344, 2, 'False', FALSE);

-- Lesson 2235
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22351, 2235, 1, 'SINGLE', 'What does LUFS measure?', 'LUFS (loudness units relative to full scale) follows human hearing more closely than a peak meter, which is why streaming and broadcast loudness targets use it.'),
    (22352, 2235, 2, 'SINGLE', 'Which loudness target does the European broadcast standard EBU R128 set?', 'EBU R128 sets -23 LUFS. The US standard ATSC A/85 uses -24 LKFS, and around -14 LUFS is often quoted for streaming.'),
    (22353, 2235, 3, 'MULTIPLE', 'In film and TV post-production, which of these are layers of the soundtrack? Select all that apply.', 'Sound for picture is built from dialogue editing, ADR, effects and Foley, music and a final mix. ISRC codes are metadata added when mastering music for release.'),
    (22354, 2235, 4, 'TRUE_FALSE', 'Squashing a master to be as loud as possible pays off on streaming services, because they play louder masters louder.', 'Many streaming services normalise playback and turn loud tracks down, so heavy squashing gains little and costs punch and dynamics.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (223511, 22351, 1, 'The length of the gaps between songs', FALSE),
    (223512, 22351, 2, 'The highest sample peak in a file', FALSE),
    (223513, 22351, 3, 'Perceived loudness', TRUE),
    (223514, 22351, 4, 'The sample rate of a master', FALSE),
    (223521, 22352, 1, '-14 LUFS', FALSE),
    (223522, 22352, 2, '-23 LUFS', TRUE),
    (223523, 22352, 3, '-24 LKFS', FALSE),
    (223524, 22352, 4, '-1 dBTP', FALSE),
    (223531, 22353, 1, 'Dialogue editing', TRUE),
    (223532, 22353, 2, 'ISRC codes', FALSE),
    (223533, 22353, 3, 'ADR (re-recording lines in a studio)', TRUE),
    (223534, 22353, 4, 'Foley', TRUE),
    (223541, 22354, 1, 'True', FALSE),
    (223542, 22354, 2, 'False', TRUE);

-- Course 224: Troubleshooting under pressure and engineering careers

-- Lesson 2241
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22411, 2241, 1, 'SINGLE', 'What is the half-split technique?', 'Testing the middle of a long chain tells you which half holds the fault; you then split that half again until you reach it.'),
    (22412, 2241, 2, 'SINGLE', 'You move a suspect cable to a different channel and the crackle moves with it. What does that suggest?', 'If a problem follows the part you moved, that part is faulty. If it stays where it was, the fault lies elsewhere.'),
    (22413, 2241, 3, 'MULTIPLE', 'Which are quick check-the-obvious items from the lesson? Select all that apply.', 'Most faults are simple: power, mutes, faders, the selected input, phantom power, cables, batteries and routing can all be checked in under a minute.'),
    (22414, 2241, 4, 'TRUE_FALSE', 'Changing several things at once is a good way to speed up troubleshooting.', 'Change one thing at a time; otherwise you cannot tell which change fixed the fault, or which one caused a new problem.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (224111, 22411, 1, 'Halving the gain on every channel in turn', FALSE),
    (224112, 22411, 2, 'Testing the middle of a chain to find which half has the fault', TRUE),
    (224113, 22411, 3, 'Muting half the channels to see if the noise stops', FALSE),
    (224114, 22411, 4, 'Swapping half the cables at the same time', FALSE),
    (224121, 22412, 1, 'The fault is in the recording software', FALSE),
    (224122, 22412, 2, 'The speakers are faulty', FALSE),
    (224123, 22412, 3, 'The first channel is faulty', FALSE),
    (224124, 22412, 4, 'The cable is faulty', TRUE),
    (224131, 22413, 1, 'Has the console''s firmware been updated this week?', FALSE),
    (224132, 22413, 2, 'Do the wireless packs and DI boxes have fresh batteries?', TRUE),
    (224133, 22413, 3, 'Is a condenser mic getting phantom power?', TRUE),
    (224134, 22413, 4, 'Is a mute engaged or a fader down?', TRUE),
    (224141, 22414, 1, 'True', FALSE),
    (224142, 22414, 2, 'False', TRUE);

-- Lesson 2242
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22421, 2242, 1, 'SINGLE', 'A steady low hum at the mains frequency most often points to what?', 'A ground loop forms when two pieces of gear share an audio cable but are earthed through different outlets. A shared circuit, balanced connections or a ground lift can help.'),
    (22422, 2242, 2, 'SINGLE', 'You hear regular clicks in a DAW. What should you check first?', 'Regular clicks in a digital system can come from a sample rate or clock mismatch, or from a buffer too small for the computer.'),
    (22423, 2242, 3, 'MULTIPLE', 'Which are likely causes of thin, hollow or weak sound rather than distortion? Select all that apply.', 'Two mics cancelling, a polarity flip from miswiring and comb filtering from a nearby reflection all thin the sound. Too much preamp gain causes clipping distortion instead.'),
    (22424, 2242, 4, 'TRUE_FALSE', 'Removing the safety earth from a mains plug is an acceptable way to cure ground loop hum.', 'Never remove the safety earth. Use a shared power circuit, balanced connections or a DI box''s ground lift switch instead.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (224211, 22421, 1, 'A buffer size that is too small', FALSE),
    (224212, 22421, 2, 'A broken wire in a cable', FALSE),
    (224213, 22421, 3, 'Two mics in opposite polarity', FALSE),
    (224214, 22421, 4, 'A ground loop', TRUE),
    (224221, 22422, 1, 'Phantom power on each input', FALSE),
    (224222, 22422, 2, 'The mic''s polar pattern', FALSE),
    (224223, 22422, 3, 'The buffer size and sample rates', TRUE),
    (224224, 22422, 4, 'The speaker placement in the room', FALSE),
    (224231, 22423, 1, 'A preamp with too much gain', FALSE),
    (224232, 22423, 2, 'A miswired cable or speaker flipping polarity', TRUE),
    (224233, 22423, 3, 'Two mics on one source cancelling each other', TRUE),
    (224234, 22423, 4, 'A mic near a hard surface picking up a delayed reflection', TRUE),
    (224241, 22424, 1, 'True', FALSE),
    (224242, 22424, 2, 'False', TRUE);

-- Lesson 2243
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22431, 2243, 1, 'SINGLE', 'Something fails mid-show. What does the lesson say usually comes first?', 'Deal first with whatever the audience would notice most, which is usually the lead vocal, followed by the main PA, kick and bass, then the rest.'),
    (22432, 2243, 2, 'SINGLE', 'What is a workaround?', 'A workaround, like passing the singer a spare mic, keeps things running. The real repair waits until between songs.'),
    (22433, 2243, 3, 'MULTIPLE', 'Which preparation habits does the lesson say prevent panic? Select all that apply.', 'Labels and an accurate patch list make faults quicker to find. Spares should be within reach on stage, and backups are part of the preparation, not an afterthought.'),
    (22434, 2243, 4, 'TRUE_FALSE', 'When one channel misbehaves mid-show, pulling down the whole mix to investigate is the safest option.', 'Never pull the whole mix down to chase one channel. Fix the most noticeable problem first, with a quick workaround if needed, and save the proper repair for between songs.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (224311, 22431, 1, 'The effects returns', FALSE),
    (224312, 22431, 2, 'The lead vocal', TRUE),
    (224313, 22431, 3, 'The backing vocals', FALSE),
    (224314, 22431, 4, 'The hi-hat', FALSE),
    (224321, 22432, 1, 'A list of which source goes into which input', FALSE),
    (224322, 22432, 2, 'A fast, temporary fix that lets the show carry on', TRUE),
    (224323, 22432, 3, 'The permanent repair done after the tour', FALSE),
    (224324, 22432, 4, 'A take you plan to use', FALSE),
    (224331, 22433, 1, 'Leave backups until after the session is over', FALSE),
    (224332, 22433, 2, 'Keep an up-to-date patch list of what goes where', TRUE),
    (224333, 22433, 3, 'Label console channels and both ends of long cables', TRUE),
    (224334, 22433, 4, 'Keep the spares in the van so the stage stays tidy', FALSE),
    (224341, 22434, 1, 'True', FALSE),
    (224342, 22434, 2, 'False', TRUE);

-- Lesson 2244
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22441, 2244, 1, 'SINGLE', 'Which setting involves small wireless mics hidden on actors and the same show night after night?', 'Theatre engineers follow the script line by line and fire cues, and because the show repeats every night, consistency is everything.'),
    (22442, 2244, 2, 'SINGLE', 'What makes mixing for video games unusually interactive?', 'Game sounds are triggered by what the player does, so they have to hold up at any moment and alongside any other sounds.'),
    (22443, 2244, 3, 'MULTIPLE', 'Which statements about broadcast and post-production work match the lesson? Select all that apply.', 'Broadcast work is often live and timed to the second, with loudness standards to meet, while post-production ends with strict delivery specifications. Mixing a concert for the crowd is live FOH work.'),
    (22444, 2244, 4, 'TRUE_FALSE', 'Foley means everyday sounds, such as footsteps, performed in sync with picture.', 'Foley artists perform sounds like footsteps and clothing rustle while watching the picture, so they match exactly.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (224411, 22441, 1, 'Video games', FALSE),
    (224412, 22441, 2, 'Theatre', TRUE),
    (224413, 22441, 3, 'Radio', FALSE),
    (224414, 22441, 4, 'Recording studios', FALSE),
    (224421, 22442, 1, 'Game audio is always mixed live in front of an audience', FALSE),
    (224422, 22442, 2, 'Sounds respond to the player in any order or combination', TRUE),
    (224423, 22442, 3, 'Games use music only, with no sound effects', FALSE),
    (224424, 22442, 4, 'Game sound is always mixed to a fixed picture', FALSE),
    (224431, 22443, 1, 'Broadcast engineers often mix live and to the second', TRUE),
    (224432, 22443, 2, 'Loudness standards matter in broadcast', TRUE),
    (224433, 22443, 3, 'Post-production work ends with strict delivery specifications', TRUE),
    (224434, 22443, 4, 'Post-production means mixing a concert for the audience in real time', FALSE),
    (224441, 22444, 1, 'True', TRUE),
    (224442, 22444, 2, 'False', FALSE);

-- Lesson 2245
INSERT INTO check_question (id, lesson_id, position, kind, prompt, explanation) VALUES
    (22451, 2245, 1, 'SINGLE', 'A producer says the vocal sounds muddy. Which range should you look at first?', 'Mud usually lives in the low mids, roughly 200 to 500 Hz, while harshness sits in the upper mids and air above about 10 kHz.'),
    (22452, 2245, 2, 'SINGLE', 'When is a good time for an engineer to offer a creative idea?', 'Engineers often add creative ideas. Choose a natural pause such as the gap between takes, be brief, and accept the producer''s call gracefully.'),
    (22453, 2245, 3, 'MULTIPLE', 'Which entry roles does the lesson mention for new engineers? Select all that apply.', 'Runner, assistant, stage hand and rental-company technician roles give hands-on hours and contacts early on. Touring FOH and head-of-mastering jobs are senior roles, not entry points.'),
    (22454, 2245, 4, 'TRUE_FALSE', 'In a session, choosing and placing mics and setting levels is usually the engineer''s job.', 'The engineer builds the signal chain, sets levels and records, while the producer leads the artistic vision and guides the performances.');

INSERT INTO check_option (id, question_id, position, label, correct) VALUES
    (224511, 22451, 1, 'Highs, above about 10 kHz', FALSE),
    (224512, 22451, 2, 'Sub bass, below about 40 Hz', FALSE),
    (224513, 22451, 3, 'Low mids, roughly 200 to 500 Hz', TRUE),
    (224514, 22451, 4, 'Upper mids, roughly 2 to 5 kHz', FALSE),
    (224521, 22452, 1, 'At a natural pause such as between takes, kept short', TRUE),
    (224522, 22452, 2, 'Only after the record has been released', FALSE),
    (224523, 22452, 3, 'Never, because creative ideas are the producer''s job alone', FALSE),
    (224524, 22452, 4, 'In the middle of a take, over the talkback', FALSE),
    (224531, 22453, 1, 'Head of mastering at a major label', FALSE),
    (224532, 22453, 2, 'Technician at an equipment rental company', TRUE),
    (224533, 22453, 3, 'Runner or assistant engineer in a studio', TRUE),
    (224534, 22453, 4, 'Touring FOH engineer for an arena act', FALSE),
    (224541, 22454, 1, 'True', TRUE),
    (224542, 22454, 2, 'False', FALSE);
