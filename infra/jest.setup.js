// Tests run quietly unless LOG_LEVEL asks otherwise.
process.env.NODE_ENV = 'test';
